package org.switchboard.relay.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsNeedNoFileAndNoEnvironment() {
        RelayConfig config = ConfigLoader.load(null, Map.of());
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(config.graphBaseUrl()).hasToString("https://graph.facebook.com");
        assertThat(config.durableCommits()).isTrue();
        assertThat(config.routing().offerTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.seedFile()).isNull();
    }

    @Test
    void theEnvironmentOverridesTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("relay.properties"), "port=9000\ndataDir=/var/lib/sb\nofferTimeoutSeconds=20\n");
        RelayConfig config = ConfigLoader.load(file, Map.of("SWITCHBOARD_PORT", "9443", "SWITCHBOARD_GRAPH_URL",
                "http://127.0.0.1:5555", "SWITCHBOARD_SEED", "/etc/sb/seed.json"));
        assertThat(config.port()).isEqualTo(9443);
        assertThat(config.dataDirectory()).isEqualTo(Path.of("/var/lib/sb"));
        assertThat(config.graphBaseUrl()).hasToString("http://127.0.0.1:5555");
        assertThat(config.seedFile()).isEqualTo(Path.of("/etc/sb/seed.json"));
        assertThat(config.routing().offerTimeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void mistakesAreNamed() throws Exception {
        Path typo = Files.writeString(dir.resolve("typo.properties"), "prot=9000\n");
        assertThatThrownBy(() -> ConfigLoader.load(typo, Map.of())).hasMessageContaining("unknown key(s) [prot]");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_PORT", "eighty")))
                .hasMessageContaining("'port' = 'eighty'");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_GRAPH_URL", "ftp://x")))
                .hasMessageContaining("graphUrl").hasMessageContaining("http(s)");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("SWITCHBOARD_GRAPH_VERSION", "21")))
                .hasMessageContaining("graphVersion");
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("missing.properties"), Map.of()))
                .hasMessageContaining("cannot read config file");
    }
}
