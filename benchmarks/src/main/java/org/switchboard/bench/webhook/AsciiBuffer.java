package org.switchboard.bench.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A growable heap ByteBuffer that ASCII bytes and decimal numbers are appended to, so a request is rendered per POST
 * without garbage once the buffer has grown to the largest one. Append after {@link #clear()}, then
 * {@link #flip()} to write it out. Threads: one owner thread.
 */
final class AsciiBuffer {
    private ByteBuffer buffer;

    AsciiBuffer(int capacity) {
        buffer = ByteBuffer.allocate(capacity);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    AsciiBuffer clear() {
        buffer.clear();
        return this;
    }

    AsciiBuffer append(byte[] bytes) {
        return append(bytes, 0, bytes.length);
    }

    AsciiBuffer append(byte[] bytes, int offset, int length) {
        reserve(length).put(bytes, offset, length);
        return this;
    }

    AsciiBuffer append(char c) {
        reserve(1).put((byte) c);
        return this;
    }

    /** Appends {@code value} (>= 0) in decimal. */
    AsciiBuffer append(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("ascii buffer: negative number " + value);
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        reserve(digits);
        int at = buffer.position();
        long rest = value;
        for (int i = digits - 1; i >= 0; i--) {
            buffer.put(at + i, (byte) ('0' + rest % 10));
            rest /= 10;
        }
        buffer.position(at + digits);
        return this;
    }

    /** The appended bytes so far (while appending). */
    int length() {
        return buffer.position();
    }

    /** The backing array, holding the appended bytes from index 0 (while appending). */
    byte[] array() {
        return buffer.array();
    }

    /** The appended bytes as the buffer to write from; append again only after {@link #clear()}. */
    ByteBuffer flip() {
        return buffer.flip();
    }

    private ByteBuffer reserve(int bytes) {
        if (buffer.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
            buffer = larger.put(buffer.flip());
        }
        return buffer;
    }
}
