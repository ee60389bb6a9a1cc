package org.switchboard.bench.webhook;

import static org.switchboard.bench.webhook.AsciiBuffer.ascii;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads one HTTP/1.1 response at a time from whatever bytes have arrived, so that a non-blocking connection can
 * feed it partial reads: the status code, {@code Content-Length} (its body is skipped) and {@code Connection: close}
 * are all the webhook's answers need. Header lines longer than 8 KiB are cut. Threads: one owner thread.
 */
final class HttpResponseParser {
    private static final byte[] STATUS_PREFIX = ascii("HTTP/1.1 ");
    private static final byte[] CONTENT_LENGTH = ascii("content-length:");
    private static final byte[] CONNECTION = ascii("connection:");
    private static final byte[] CLOSE = ascii("close");

    private final byte[] line = new byte[8192];
    private int lineLength;
    private boolean statusRead;
    private boolean inBody;
    private long bodyLeft;
    private int status;
    private boolean keepAlive;

    /** Forgets the last response; call before the bytes of the next one. */
    void reset() {
        lineLength = 0;
        statusRead = false;
        inBody = false;
        bodyLeft = 0;
        status = 0;
        keepAlive = true;
    }

    /**
     * Consumes bytes of {@code in} up to the end of the response; true once it is complete (bytes after it stay in
     * {@code in}). Throws on a status line or Content-Length that is not HTTP/1.1.
     */
    boolean parse(ByteBuffer in) throws IOException {
        while (in.hasRemaining()) {
            if (inBody) {
                int skip = (int) Math.min(bodyLeft, in.remaining());
                in.position(in.position() + skip);
                bodyLeft -= skip;
                if (bodyLeft == 0) {
                    return true;
                }
            } else {
                byte b = in.get();
                if (b == '\n') {
                    if (endOfLine()) {
                        return true;
                    }
                    lineLength = 0;
                } else if (b != '\r' && lineLength < line.length) {
                    line[lineLength++] = b;
                }
            }
        }
        return false;
    }

    int status() {
        return status;
    }

    /** False when the response said {@code Connection: close}. */
    boolean keepAlive() {
        return keepAlive;
    }

    /** Takes in the line just ended; true when it ended a response without a body. */
    private boolean endOfLine() throws IOException {
        if (!statusRead) {
            status = statusCode();
            statusRead = true;
        } else if (lineLength == 0) {
            inBody = bodyLeft > 0;
            return !inBody;
        } else if (startsWith(CONTENT_LENGTH, true)) {
            bodyLeft = contentLength();
        } else if (startsWith(CONNECTION, true) && contains(CLOSE)) {
            keepAlive = false;
        }
        return false;
    }

    private int statusCode() throws IOException {
        int at = STATUS_PREFIX.length;
        boolean valid = lineLength >= at + 3 && startsWith(STATUS_PREFIX, false);
        int code = 0;
        for (int i = at; valid && i < at + 3; i++) {
            valid = line[i] >= '0' && line[i] <= '9';
            code = code * 10 + line[i] - '0';
        }
        if (!valid) {
            throw new IOException("webhook answered an unexpected status line: " + text());
        }
        return code;
    }

    private long contentLength() throws IOException {
        int from = CONTENT_LENGTH.length;
        int to = lineLength;
        while (from < to && line[from] <= ' ') {
            from++;
        }
        while (to > from && line[to - 1] <= ' ') {
            to--;
        }
        boolean valid = from < to && to - from <= 18;
        long length = 0;
        for (int i = from; valid && i < to; i++) {
            valid = line[i] >= '0' && line[i] <= '9';
            length = length * 10 + line[i] - '0';
        }
        if (!valid) {
            throw new IOException("webhook answered an unexpected Content-Length: " + text());
        }
        return length;
    }

    /** Whether the line starts with {@code prefix}; {@code ignoreCase} expects a lower-case prefix. */
    private boolean startsWith(byte[] prefix, boolean ignoreCase) {
        if (lineLength < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            int b = line[i];
            if (ignoreCase && b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean contains(byte[] word) {
        for (int start = 0; start + word.length <= lineLength; start++) {
            int i = 0;
            while (i < word.length && line[start + i] == word[i]) {
                i++;
            }
            if (i == word.length) {
                return true;
            }
        }
        return false;
    }

    private String text() {
        return new String(line, 0, lineLength, StandardCharsets.US_ASCII);
    }
}
