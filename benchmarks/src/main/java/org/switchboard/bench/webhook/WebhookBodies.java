package org.switchboard.bench.webhook;

import static org.switchboard.bench.webhook.AsciiBuffer.ascii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds signed webhook bodies shaped byte for byte like {@code MessengerEvents} (and so like Facebook): customer
 * texts with unique mids from a pool of PSIDs, plus a share of delivery and read receipts with unique watermarks.
 * Every event gets a global sequence number from which its inbox dedupe key is derived, so a run can check event by
 * event that what was acknowledged is stored. Written as ASCII bytes into one reused buffer and signed with one
 * reused Mac, so that the generator's own cost per POST stays small. Threads: one instance per client thread.
 */
final class WebhookBodies {
    /** Watermarks are this plus the event's sequence number, so each receipt has its own dedupe key. */
    static final long WATERMARK_BASE = 1_700_000_000_000L;
    static final String MID_PREFIX = "m_bench_";
    /** The texts, each split where its sequence number goes ({@code %d}). */
    private static final byte[][][] TEXTS = Arrays.stream(new String[] {
        "Hello, where is my order?",
        "Bonjour, ma commande n\\u00b0 %d n'est pas arriv\\u00e9e",
        "Can I change the delivery address to https:\\/\\/example.com\\/addr\\/%d ?",
        "My card was charged twice for order %d, please help",
        "\\u00bfPuedo pagar en efectivo?",
    }).map(text -> Arrays.stream(text.split("%d", -1)).map(AsciiBuffer::ascii).toArray(byte[][]::new))
            .toArray(byte[][][]::new);
    private static final byte[] OBJECT = ascii("{\"object\":\"page\",\"entry\":[");
    private static final byte[] ENTRY_ID = ascii("{\"id\":\"");
    private static final byte[] ENTRY_TIME = ascii("\",\"time\":");
    private static final byte[] MESSAGING = ascii(",\"messaging\":[");
    private static final byte[] CLOSE_LIST = ascii("]}");
    private static final byte[] SENDER = ascii("{\"sender\":{\"id\":\"");
    private static final byte[] RECIPIENT = ascii("\"},\"recipient\":{\"id\":\"");
    private static final byte[] TIMESTAMP = ascii("\"},\"timestamp\":");
    private static final byte[] DELIVERY = ascii("\"delivery\":{\"mids\":[],\"watermark\":");
    private static final byte[] READ = ascii("\"read\":{\"watermark\":");
    private static final byte[] CLOSE_RECEIPT = ascii("}}");
    private static final byte[] MESSAGE_MID = ascii("\"message\":{\"mid\":\"" + MID_PREFIX);
    private static final byte[] MESSAGE_TEXT = ascii("\",\"text\":\"");
    private static final byte[] CLOSE_MESSAGE = ascii("\"}}");
    private static final byte[] HEX = ascii("0123456789abcdef");

    private final List<byte[]> pageIds;
    private final int psidCount;
    private final int receiptPercent;
    private final AtomicLong sequence;
    private final SplittableRandom random;
    private final Mac mac;
    private final SignedBody body = new SignedBody();

    WebhookBodies(List<String> pageIds, String appSecret, int psidCount, int receiptPercent, AtomicLong sequence,
                  long seed) {
        if (pageIds.isEmpty() || psidCount < 1 || receiptPercent < 0 || receiptPercent > 100) {
            throw new IllegalArgumentException("webhook bodies: pages " + pageIds + ", psidCount " + psidCount
                    + ", receiptPercent " + receiptPercent + " (need pages, >= 1 PSID, 0-100 %)");
        }
        this.pageIds = pageIds.stream().map(AsciiBuffer::ascii).toList();
        this.psidCount = psidCount;
        this.receiptPercent = receiptPercent;
        this.sequence = sequence;
        this.random = new SplittableRandom(seed);
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * One POST body with {@code events} events spread over {@code pages} entries (one page each), signed.
     * {@code sequences} receives each event's sequence number. The result is reused: valid until the next call.
     */
    SignedBody next(int events, int pages, long nowMillis, long[] sequences) {
        int entries = Math.min(pages, events);
        AsciiBuffer json = body.json.clear().append(OBJECT);
        int done = 0;
        int firstPage = random.nextInt(pageIds.size());
        for (int e = 0; e < entries; e++) {
            byte[] page = pageIds.get((firstPage + e) % pageIds.size());
            int inEntry = events / entries + (e < events % entries ? 1 : 0);
            if (e > 0) {
                json.append(',');
            }
            json.append(ENTRY_ID).append(page).append(ENTRY_TIME).append(nowMillis).append(MESSAGING);
            for (int i = 0; i < inEntry; i++) {
                long seq = sequence.incrementAndGet();
                sequences[done++] = seq;
                if (i > 0) {
                    json.append(',');
                }
                item(json, page, seq, nowMillis);
            }
            json.append(CLOSE_LIST);
        }
        json.append(CLOSE_LIST);
        body.events = done;
        sign(json);
        return body;
    }

    private void item(AsciiBuffer json, byte[] page, long seq, long nowMillis) {
        json.append(SENDER).append('7').append(page, page.length - 2, 2).append(100_000_000L + random.nextInt(psidCount))
                .append(RECIPIENT).append(page).append(TIMESTAMP).append(nowMillis).append(',');
        int kind = random.nextInt(100);
        if (kind < receiptPercent) {
            json.append(kind % 2 == 0 ? DELIVERY : READ).append(WATERMARK_BASE + seq).append(CLOSE_RECEIPT);
        } else {
            byte[][] text = TEXTS[random.nextInt(TEXTS.length)];
            json.append(MESSAGE_MID).append(seq).append(MESSAGE_TEXT).append(text[0]);
            for (int part = 1; part < text.length; part++) {
                json.append(seq).append(text[part]);
            }
            json.append(CLOSE_MESSAGE);
        }
    }

    private void sign(AsciiBuffer json) {
        mac.update(json.array(), 0, json.length());
        int at = SignedBody.SIGNATURE_PREFIX.length();
        for (byte b : mac.doFinal()) {
            body.signature[at++] = HEX[(b >> 4) & 0xF];
            body.signature[at++] = HEX[b & 0xF];
        }
    }

    /** The sequence number an inbox dedupe key was built from ({@code mid:m_bench_N} or {@code read:psid:W}). */
    static long sequenceOf(String dedupeKey) {
        int mid = dedupeKey.indexOf(MID_PREFIX);
        if (mid >= 0) {
            return Long.parseLong(dedupeKey.substring(mid + MID_PREFIX.length()));
        }
        return Long.parseLong(dedupeKey.substring(dedupeKey.lastIndexOf(':') + 1)) - WATERMARK_BASE;
    }

    /**
     * A body (ASCII JSON), its X-Hub-Signature-256 header value and how many events it carries: one per
     * {@link WebhookBodies}, overwritten by each {@link #next}.
     */
    static final class SignedBody {
        private static final String SIGNATURE_PREFIX = "sha256=";

        private final AsciiBuffer json = new AsciiBuffer(1024);
        private final byte[] signature = ascii(SIGNATURE_PREFIX + "0".repeat(64));
        private int events;

        /** The body's bytes: {@code json().array()} from 0 to {@code json().length()}. */
        AsciiBuffer json() {
            return json;
        }

        /** {@code sha256=} and the hex HMAC of the body with the app secret, in ASCII. */
        byte[] signature() {
            return signature;
        }

        int events() {
            return events;
        }
    }
}
