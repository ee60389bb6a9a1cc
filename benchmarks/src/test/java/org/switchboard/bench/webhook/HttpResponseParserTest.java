package org.switchboard.bench.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpResponseParserTest {
    private static final String OK = "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\ncontent-length: 15\r\n"
            + "Date: Wed, 25 Nov 2026 10:00:00 GMT\r\n\r\nEVENT_RECEIVED\n";

    private final HttpResponseParser parser = new HttpResponseParser();

    @Test
    void aResponseFedByteByByteCompletesOnItsLastBodyByte() throws IOException {
        parser.reset();
        byte[] bytes = OK.getBytes(StandardCharsets.US_ASCII);

        for (int i = 0; i < bytes.length - 1; i++) {
            assertThat(parser.parse(ByteBuffer.wrap(bytes, i, 1))).isFalse();
        }

        assertThat(parser.parse(ByteBuffer.wrap(bytes, bytes.length - 1, 1))).isTrue();
        assertThat(parser.status()).isEqualTo(200);
        assertThat(parser.keepAlive()).isTrue();
    }

    @Test
    void aResponseWithoutBodyEndsAtTheEmptyLineAndLeavesWhatFollows() throws IOException {
        parser.reset();
        ByteBuffer in = ascii("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\nX");

        assertThat(parser.parse(in)).isTrue();
        assertThat(parser.status()).isEqualTo(503);
        assertThat(parser.keepAlive()).isFalse();
        assertThat(in.remaining()).isEqualTo(1);
    }

    @Test
    void resetForgetsTheLastResponse() throws IOException {
        parser.reset();
        parser.parse(ascii("HTTP/1.1 500 Oops\r\nConnection: close\r\n\r\n"));
        parser.reset();

        assertThat(parser.parse(ascii(OK))).isTrue();
        assertThat(parser.status()).isEqualTo(200);
        assertThat(parser.keepAlive()).isTrue();
    }

    @Test
    void anythingButHttp11IsRefused() {
        parser.reset();

        assertThatThrownBy(() -> parser.parse(ascii("HTTP/1.0 200 OK\r\n"))).isInstanceOf(IOException.class)
                .hasMessageContaining("HTTP/1.0 200 OK");
        parser.reset();
        assertThatThrownBy(() -> parser.parse(ascii("HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("Content-Length: 1x");
    }

    private static ByteBuffer ascii(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }
}
