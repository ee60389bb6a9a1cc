package org.switchboard.desktop.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    @CsvSource(delimiter = '|', value = {
            "''                 | EMPTY       | ''",
            "'   '              | EMPTY       | ''",
            "ftp://relay.local  | SCHEME      | ftp",
            "http://            | SYNTAX      | Expected authority",
            "relay local:80     | SYNTAX      | Illegal character in authority",
            "http://:8080       | HOST        | ''",
            "localhost:99999    | PORT        | 99999",
            "https://relay?x=1  | EXTRA_PARTS | ''",
            "https://bob@relay  | EXTRA_PARTS | ''"
    })
    void saysWhatIsWrongWithAnUnusableAddress(String typed, ServerAddress.Problem problem, String detail) {
        assertThatExceptionOfType(ServerAddress.InvalidServerAddress.class)
                .isThrownBy(() -> ServerAddress.parse(typed))
                .satisfies(e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.value()).isEqualTo(typed.strip());
                    assertThat(e.detail()).isEqualTo(detail);
                    assertThat(e.getMessage()).startsWith("server address '" + typed.strip() + "': " + problem);
                });
    }

    @Test
    void aMissingAddressIsEmpty() {
        assertThatExceptionOfType(ServerAddress.InvalidServerAddress.class)
                .isThrownBy(() -> ServerAddress.parse(null))
                .satisfies(e -> assertThat(e.problem()).isEqualTo(ServerAddress.Problem.EMPTY));
    }

    @ParameterizedTest
    @CsvSource({
            "http://relay.local:8080, http://relay.local:8080",
            "https://relay.example.com, https://relay.example.com",
            "wss://relay.example.com:8443/agent/ws, https://relay.example.com:8443",
            "ws://127.0.0.1:9000/, http://127.0.0.1:9000",
            "https://example.com/switchboard/, https://example.com/switchboard",
            "localhost:8080, http://localhost:8080"
    })
    void theMediaBaseIsTheServerOverHttpWithoutTheAgentPath(String typed, String expected) {
        assertThat(ServerAddress.parse(typed).httpBase()).hasToString(expected);
    }
}
