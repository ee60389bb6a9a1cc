package org.switchboard.relay.messenger;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.switchboard.relay.config.Secret;

/**
 * Checks Facebook's {@code X-Hub-Signature-256} header: HMAC-SHA256 of the app secret over the exact bytes
 * received (never re-serialized JSON, since Facebook escapes non-ASCII and '/'), compared in constant time.
 */
public final class SignatureVerifier {
    private static final String PREFIX = "sha256=";
    private static final int HEX_LENGTH = 64;
    /** Looking up and keying a Mac costs more than signing a small body, so each thread keeps one per key. */
    private static final ThreadLocal<KeyedMac> MACS = ThreadLocal.withInitial(KeyedMac::new);

    private SignatureVerifier() {
    }

    /** True only when the header is {@code sha256=<64 hex digits>} and matches; null or malformed gives false. */
    public static boolean matches(byte[] rawBody, String signatureHeader, Secret appSecret) {
        if (rawBody == null || signatureHeader == null || appSecret == null || appSecret.isBlank()) {
            return false;
        }
        String header = signatureHeader.trim();
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || header.length() != PREFIX.length() + HEX_LENGTH) {
            return false;
        }
        byte[] given = parseHex(header.substring(PREFIX.length()));
        return given != null && MessageDigest.isEqual(hmacSha256(appSecret.reveal(), rawBody), given);
    }

    /**
     * True when the header matches any of the secrets: several Facebook apps may point at one relay, so the handler
     * passes the app secrets of the accounts whose page IDs appear in the body.
     */
    public static boolean matchesAny(byte[] rawBody, String signatureHeader, Collection<Secret> appSecrets) {
        if (appSecrets == null) {
            return false;
        }
        boolean matched = false;
        for (Secret secret : appSecrets) {
            matched |= matches(rawBody, signatureHeader, secret);
        }
        return matched;
    }

    /** HMAC-SHA256 of {@code data} keyed by {@code key} (UTF-8); also the basis of {@code appsecret_proof}. */
    static byte[] hmacSha256(String key, byte[] data) {
        return MACS.get().sign(key, data);
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }

    private static byte[] parseHex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int high = Character.digit(hex.charAt(2 * i), 16);
            int low = Character.digit(hex.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            out[i] = (byte) ((high << 4) | low);
        }
        return out;
    }

    /** A thread's HmacSHA256, keyed with the last key it signed with (doFinal leaves it keyed). */
    private static final class KeyedMac {
        private Mac mac;
        private String key;

        byte[] sign(String newKey, byte[] data) {
            try {
                if (mac == null) {
                    mac = Mac.getInstance("HmacSHA256");
                }
                if (!newKey.equals(key)) {
                    mac.init(new SecretKeySpec(newKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                    key = newKey;
                }
                return mac.doFinal(data);
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                key = null;
                throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
            }
        }
    }
}
