package org.switchboard.bench.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds signed webhook bodies shaped byte for byte like {@code MessengerEvents} (and so like Facebook): customer
 * texts with unique mids from a pool of PSIDs, plus a share of delivery and read receipts with unique watermarks.
 * Every event gets a global sequence number from which its inbox dedupe key is derived, so a run can check event by
 * event that what was acknowledged is stored. Written with a StringBuilder rather than Jackson trees so that the
 * generator's own cost stays small. Threads: one instance per client thread (the Mac and the random are not shared).
 */
final class WebhookBodies {
    /** Watermarks are this plus the event's sequence number, so each receipt has its own dedupe key. */
    static final long WATERMARK_BASE = 1_700_000_000_000L;
    static final String MID_PREFIX = "m_bench_";
    private static final String[] TEXTS = {
        "Hello, where is my order?",
        "Bonjour, ma commande n\\u00b0 %d n'est pas arriv\\u00e9e",
        "Can I change the delivery address to https:\\/\\/example.com\\/addr\\/%d ?",
        "My card was charged twice for order %d, please help",
        "\\u00bfPuedo pagar en efectivo?",
    };

    private final List<String> pageIds;
    private final int psidCount;
    private final int receiptPercent;
    private final AtomicLong sequence;
    private final SplittableRandom random;
    private final Mac mac;

    WebhookBodies(List<String> pageIds, String appSecret, int psidCount, int receiptPercent, AtomicLong sequence,
                  long seed) {
        if (pageIds.isEmpty() || psidCount < 1 || receiptPercent < 0 || receiptPercent > 100) {
            throw new IllegalArgumentException("webhook bodies: pages " + pageIds + ", psidCount " + psidCount
                    + ", receiptPercent " + receiptPercent + " (need pages, >= 1 PSID, 0-100 %)");
        }
        this.pageIds = List.copyOf(pageIds);
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
     * {@code sequences} receives each event's sequence number.
     */
    SignedBody next(int events, int pages, long nowMillis, long[] sequences) {
        int entries = Math.min(pages, events);
        StringBuilder json = new StringBuilder(200 + events * 260);
        json.append("{\"object\":\"page\",\"entry\":[");
        int done = 0;
        int firstPage = random.nextInt(pageIds.size());
        for (int e = 0; e < entries; e++) {
            String page = pageIds.get((firstPage + e) % pageIds.size());
            int inEntry = events / entries + (e < events % entries ? 1 : 0);
            if (e > 0) {
                json.append(',');
            }
            json.append("{\"id\":\"").append(page).append("\",\"time\":").append(nowMillis).append(",\"messaging\":[");
            for (int i = 0; i < inEntry; i++) {
                long seq = sequence.incrementAndGet();
                sequences[done++] = seq;
                if (i > 0) {
                    json.append(',');
                }
                item(json, page, seq, nowMillis);
            }
            json.append("]}");
        }
        json.append("]}");
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        return new SignedBody(body, "sha256=" + hex(mac.doFinal(body)), done);
    }

    private void item(StringBuilder json, String page, long seq, long nowMillis) {
        String psid = "7" + page.substring(page.length() - 2) + (100_000_000L + random.nextInt(psidCount));
        json.append("{\"sender\":{\"id\":\"").append(psid).append("\"},\"recipient\":{\"id\":\"").append(page)
                .append("\"},\"timestamp\":").append(nowMillis).append(',');
        int kind = random.nextInt(100);
        if (kind < receiptPercent) {
            json.append(kind % 2 == 0 ? "\"delivery\":{\"mids\":[],\"watermark\":" : "\"read\":{\"watermark\":")
                    .append(WATERMARK_BASE + seq).append("}}");
        } else {
            String text = TEXTS[random.nextInt(TEXTS.length)].replace("%d", Long.toString(seq));
            json.append("\"message\":{\"mid\":\"").append(MID_PREFIX).append(seq).append("\",\"text\":\"")
                    .append(text).append("\"}}");
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

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = Character.forDigit((bytes[i] >> 4) & 0xF, 16);
            out[2 * i + 1] = Character.forDigit(bytes[i] & 0xF, 16);
        }
        return new String(out);
    }

    /** A body, its X-Hub-Signature-256 header value and how many events it carries. */
    record SignedBody(byte[] body, String signature, int events) {
    }
}
