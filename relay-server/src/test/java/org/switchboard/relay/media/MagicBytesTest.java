package org.switchboard.relay.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MagicBytesTest {
    static Stream<Arguments> knownFormats() {
        return Stream.of(
                Arguments.of(MediaSamples.JPEG, "image/jpeg"),
                Arguments.of(MediaSamples.PNG, "image/png"),
                Arguments.of(ascii("GIF89a....."), "image/gif"),
                Arguments.of(ascii("GIF87a....."), "image/gif"),
                Arguments.of(ascii("RIFF\0\0\0\0WEBPVP8 "), "image/webp"),
                Arguments.of(ascii("\0\0\0\u0018ftypisom\0\0"), "video/mp4"),
                Arguments.of(ascii("\0\0\0\u0018ftypM4A \0\0"), "audio/mp4"),
                Arguments.of(ascii("ID3\u0004\0\0\0\0"), "audio/mpeg"),
                Arguments.of(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64}, "audio/mpeg"),
                Arguments.of(ascii("OggS\0\u0002"), "audio/ogg"),
                Arguments.of(ascii("%PDF-1.7\n"), "application/pdf"));
    }

    @ParameterizedTest
    @MethodSource("knownFormats")
    void namesKnownFormatsFromTheirFirstBytes(byte[] bytes, String expected) {
        assertThat(MagicBytes.contentTypeOf(bytes)).isEqualTo(expected);
    }

    @Test
    void anythingElseIsAnOctetStream() {
        assertThat(MagicBytes.contentTypeOf(new byte[0])).isEqualTo("application/octet-stream");
        assertThat(MagicBytes.contentTypeOf(ascii("<html><script>"))).isEqualTo("application/octet-stream");
        assertThat(MagicBytes.contentTypeOf(ascii("RIFF\0\0\0\0WAVE"))).isEqualTo("application/octet-stream");
        assertThat(MagicBytes.contentTypeOf(new byte[] {(byte) 0xFF, (byte) 0xF1, 0x50})).as("AAC ADTS is not mp3")
                .isEqualTo("application/octet-stream");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
