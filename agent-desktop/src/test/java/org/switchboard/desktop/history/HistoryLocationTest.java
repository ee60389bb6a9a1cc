package org.switchboard.desktop.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HistoryLocationTest {
    private final Path home = Path.of("/home/alice/.switchboard");

    @Test
    void oneFilePerRelayAndAgent() {
        assertThat(HistoryLocation.of(home, URI.create("wss://relay.example.com:8443/agent/ws"), "alice"))
                .isEqualTo(home.resolve("history/relay.example.com_8443_alice.db"));
    }

    @Test
    void aMissingPortIsTheSchemesDefault() {
        assertThat(HistoryLocation.of(home, URI.create("wss://relay.example.com/agent/ws"), "alice").getFileName())
                .hasToString("relay.example.com_443_alice.db");
        assertThat(HistoryLocation.of(home, URI.create("ws://10.0.0.5/agent/ws"), "bob").getFileName())
                .hasToString("10.0.0.5_80_bob.db");
    }

    @Test
    void namesCannotLeaveTheHistoryFolder() {
        Path file = HistoryLocation.of(home, URI.create("ws://127.0.0.1:9000/agent/ws"), "../../etc/passwd");

        assertThat(file.getParent()).isEqualTo(home.resolve("history"));
        assertThat(file.getFileName()).hasToString("127.0.0.1_9000_.._.._etc_passwd.db");
    }

    @Test
    void theHomeFollowsTheSystemProperty() {
        String before = System.getProperty(HistoryLocation.HOME_PROPERTY);
        try {
            System.setProperty(HistoryLocation.HOME_PROPERTY, "/tmp/sb-test-home");
            assertThat(HistoryLocation.home()).isEqualTo(Path.of("/tmp/sb-test-home"));
            System.clearProperty(HistoryLocation.HOME_PROPERTY);
            assertThat(HistoryLocation.home()).isEqualTo(Path.of(System.getProperty("user.home"), ".switchboard"));
        } finally {
            if (before == null) {
                System.clearProperty(HistoryLocation.HOME_PROPERTY);
            } else {
                System.setProperty(HistoryLocation.HOME_PROPERTY, before);
            }
        }
    }
}
