package org.switchboard.relay.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.config.Secret;

class SignatureVerifierTest {
    private static final Secret APP_SECRET = Secret.of("6e1f2a9c0b7d4e3f8a5b");
    /** Exactly what Facebook sends: non-ASCII escaped as \u00e9 and '/' as \/ (the signature is over these bytes). */
    private static final byte[] BODY = "{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"message\":{\"mid\":\"m_1\",\"text\":\"caf\\u00e9 a\\/b\"}}]}]}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsTheHmacOfTheRawBytes() {
        String header = "sha256=" + SignatureVerifier.hex(SignatureVerifier.hmacSha256(APP_SECRET.reveal(), BODY));

        assertThat(SignatureVerifier.matches(BODY, header, APP_SECRET)).isTrue();
        assertThat(SignatureVerifier.matches(BODY, header.toUpperCase().replace("SHA256=", "sha256="), APP_SECRET)).isTrue();
    }

    @Test
    void matchesAnyOfTheSecretsOfThePagesInTheBody() {
        String header = "sha256=" + SignatureVerifier.hex(SignatureVerifier.hmacSha256(APP_SECRET.reveal(), BODY));

        assertThat(SignatureVerifier.matchesAny(BODY, header, List.of(Secret.of("other-app"), APP_SECRET))).isTrue();
        assertThat(SignatureVerifier.matchesAny(BODY, header, List.of(Secret.of("other-app")))).isFalse();
        assertThat(SignatureVerifier.matchesAny(BODY, header, List.of())).isFalse();
        assertThat(SignatureVerifier.matchesAny(BODY, header, null)).isFalse();
    }

    @Test
    void knownVectorMatches() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog") from RFC-style test vectors
        byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
        String header = "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";

        assertThat(SignatureVerifier.matches(body, header, Secret.of("key"))).isTrue();
    }

    @Test
    void rejectsASignatureOfTheReserializedUnescapedText() {
        byte[] reserialized = new String(BODY, StandardCharsets.UTF_8).replace("\\u00e9", "é").replace("\\/", "/")
                .getBytes(StandardCharsets.UTF_8);
        String header = "sha256=" + SignatureVerifier.hex(SignatureVerifier.hmacSha256(APP_SECRET.reveal(), reserialized));

        assertThat(SignatureVerifier.matches(BODY, header, APP_SECRET)).isFalse();
    }

    @Test
    void rejectsWrongSecretTamperedBodyAndMissingOrMalformedHeaders() {
        String good = "sha256=" + SignatureVerifier.hex(SignatureVerifier.hmacSha256(APP_SECRET.reveal(), BODY));
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 3] = 'X';

        assertThat(SignatureVerifier.matches(BODY, good, Secret.of("another-secret"))).isFalse();
        assertThat(SignatureVerifier.matches(tampered, good, APP_SECRET)).isFalse();
        assertThat(SignatureVerifier.matches(BODY, null, APP_SECRET)).isFalse();
        assertThat(SignatureVerifier.matches(BODY, "", APP_SECRET)).isFalse();
        assertThat(SignatureVerifier.matches(BODY, good.substring("sha256=".length()), APP_SECRET)).isFalse();
        assertThat(SignatureVerifier.matches(BODY, "sha1=" + good.substring(7), APP_SECRET)).isFalse();
        assertThat(SignatureVerifier.matches(BODY, good.substring(0, good.length() - 2), APP_SECRET)).isFalse();
        assertThat(SignatureVerifier.matches(BODY, good.substring(0, good.length() - 2) + "zz", APP_SECRET)).isFalse();
        assertThat(SignatureVerifier.matches(BODY, good, null)).isFalse();
        assertThat(SignatureVerifier.matches(BODY, good, Secret.of(""))).isFalse();
        assertThat(SignatureVerifier.matches(null, good, APP_SECRET)).isFalse();
    }
}
