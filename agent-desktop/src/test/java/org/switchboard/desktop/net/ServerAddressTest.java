package org.switchboard.desktop.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerAddressTest {

    @ParameterizedTest
    @CsvSource({
            "http://relay.local:8080, ws://relay.local:8080/agent/ws",
            "https://relay.example.com, wss://relay.example.com/agent/ws",
            "ws://127.0.0.1:9000, ws://127.0.0.1:9000/agent/ws",
            "wss://relay.example.com/, wss://relay.example.com/agent/ws",
            "localhost:8080, ws://localhost:8080/agent/ws",
            "relay.example.com, ws://relay.example.com/agent/ws",
            "HTTPS://Relay.example.com:8443/agent/ws, wss://Relay.example.com:8443/agent/ws",
            "https://example.com/switchboard/, wss://example.com/switchboard/agent/ws",
            "'  ws://127.0.0.1:1234  ', ws://127.0.0.1:1234/agent/ws"
    })
    void normalizesWhatAgentsTypeToTheAgentWebSocket(String typed, String expected) {
        assertThat(ServerAddress.parse(typed).uri()).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsAnEmptyAddress(String typed) {
        assertThatIllegalArgumentException().isThrownBy(() -> ServerAddress.parse(typed))
                .withMessageContaining("Server address is empty");
    }

    @Test
    void rejectsAMissingAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> ServerAddress.parse(null))
                .withMessageContaining("empty");
    }

    @Test
    void namesAnUnsupportedScheme() {
        assertThatIllegalArgumentException().isThrownBy(() -> ServerAddress.parse("ftp://relay.local"))
                .withMessage("Server address 'ftp://relay.local' has scheme 'ftp'; use http, https, ws or wss");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://", "localhost:99999", "relay local:80", "http://:8080", "https://relay?x=1"})
    void namesTheValueThatIsNotAnAddress(String typed) {
        assertThatIllegalArgumentException().isThrownBy(() -> ServerAddress.parse(typed))
                .withMessageStartingWith("Server address '" + typed.strip() + "'");
    }
}
