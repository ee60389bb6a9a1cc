package org.switchboard.relay.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Names the content type of a file from its first bytes, because Facebook's attachment URLs do not say it reliably
 * and a type taken from the wire must not decide how a browser or the desktop treats the file.
 */
public final class MagicBytes {
    public static final String OCTET_STREAM = "application/octet-stream";

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private MagicBytes() {
    }

    /** jpeg, png, gif, webp, mp4, mp3, ogg or pdf; anything else is {@value #OCTET_STREAM}. */
    public static String contentTypeOf(byte[] bytes) {
        if (startsWith(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 0, PNG)) {
            return "image/png";
        }
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return "image/gif";
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return "image/webp";
        }
        if (startsWith(bytes, 4, ascii("ftyp"))) {
            return startsWith(bytes, 8, ascii("M4A ")) ? "audio/mp4" : "video/mp4";
        }
        if (startsWith(bytes, 0, ascii("ID3")) || isMpegAudioFrame(bytes)) {
            return "audio/mpeg";
        }
        if (startsWith(bytes, 0, ascii("OggS"))) {
            return "audio/ogg";
        }
        if (startsWith(bytes, 0, ascii("%PDF-"))) {
            return "application/pdf";
        }
        return OCTET_STREAM;
    }

    /** An MPEG audio frame header: 11 sync bits, then a layer other than the reserved 00 (which is AAC's ADTS). */
    private static boolean isMpegAudioFrame(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0 && (bytes[1] & 0x06) != 0;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
