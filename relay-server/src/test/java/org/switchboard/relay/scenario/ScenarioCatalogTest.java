package org.switchboard.relay.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioCatalogTest {
    private static ScenarioDefinition version(int version, String text) {
        return new ScenarioDefinition("Greeter", version, null, null,
                List.of(new Block.SendMessage("hi", text, List.of(), "end"), new Block.Exit("end")));
    }

    @Test
    void keepsOldVersionsForRunningConversations() {
        ScenarioCatalog catalog = new ScenarioCatalog();
        catalog.add(version(1, "Hello"));
        catalog.add(version(2, "Hi there"));

        assertThat(catalog.latest("Greeter")).contains(version(2, "Hi there"));
        assertThat(catalog.version("Greeter", 1)).contains(version(1, "Hello"));
        assertThat(catalog.version("Greeter", 3)).isEmpty();
    }

    @Test
    void refusesToOverwriteAVersion() {
        ScenarioCatalog catalog = new ScenarioCatalog();
        catalog.add(version(1, "Hello"));

        assertThatThrownBy(() -> catalog.add(version(1, "Changed")))
                .hasMessage("scenario 'Greeter': version 1 already exists with other content; save it as version 2");
    }
}
