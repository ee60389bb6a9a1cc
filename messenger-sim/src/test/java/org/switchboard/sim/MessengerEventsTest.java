package org.switchboard.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessengerEventsTest {
    private static final Instant AT = Instant.ofEpochMilli(1732540800000L);

    @Test
    void writesNonAsciiAndSlashesEscapedLikeFacebook() {
        String item = MessengerEvents.text("111", "p1", "m_1", "café 😀 a/b", AT);

        assertThat(item).isEqualTo("{\"sender\":{\"id\":\"p1\"},\"recipient\":{\"id\":\"111\"},\"timestamp\":1732540800000,"
                + "\"message\":{\"mid\":\"m_1\",\"text\":\"caf\\u00E9 \\uD83D\\uDE00 a\\/b\"}}");
        assertThat(item.chars()).allMatch(c -> c < 128);
    }

    @Test
    void envelopeBatchesEntriesFromSeveralPagesAndKeepsEscapes() throws Exception {
        String envelope = MessengerEvents.envelope(
                MessengerEvents.entry("111", AT, MessengerEvents.text("111", "p1", "m_1", "é", AT),
                        MessengerEvents.read("111", "p1", AT, AT)),
                MessengerEvents.standbyEntry("222", AT, MessengerEvents.image("222", "p2", "m_2", "https://x/y.png", AT)));

        JsonNode root = new ObjectMapper().readTree(envelope);
        assertThat(root.path("object").asText()).isEqualTo("page");
        assertThat(root.path("entry")).hasSize(2);
        assertThat(root.path("entry").get(0).path("messaging")).hasSize(2);
        assertThat(root.path("entry").get(1).path("standby").get(0).path("message").path("attachments").get(0)
                .path("payload").path("url").asText()).isEqualTo("https://x/y.png");
        assertThat(envelope).contains("\\u00E9", "https:\\/\\/x\\/y.png");
    }

    @Test
    void echoCarriesAppIdAsANumberAndThePageAsSender() throws Exception {
        JsonNode echo = new ObjectMapper().readTree(MessengerEvents.echo("111", "p1", "m_9", "1517776481860111",
                "sb:out:1", "hi", AT));

        assertThat(echo.path("sender").path("id").asText()).isEqualTo("111");
        assertThat(echo.path("recipient").path("id").asText()).isEqualTo("p1");
        assertThat(echo.path("message").path("is_echo").asBoolean()).isTrue();
        assertThat(echo.path("message").path("app_id").isNumber()).isTrue();
        assertThat(echo.path("message").path("metadata").asText()).isEqualTo("sb:out:1");
    }
}
