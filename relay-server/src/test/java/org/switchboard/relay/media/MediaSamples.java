package org.switchboard.relay.media;

import java.util.Arrays;

/** Small files that start like the real formats, for sniffing and storage tests. */
final class MediaSamples {
    static final byte[] JPEG = withTail(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'});
    static final byte[] PNG = withTail(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});

    private MediaSamples() {
    }

    static byte[] withTail(byte[] head) {
        byte[] bytes = Arrays.copyOf(head, head.length + 64);
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
