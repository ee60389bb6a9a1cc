package org.switchboard.relay.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioTemplatesTest {
    private final ScenarioDefinition mobileChat = new ScenarioTemplates(new ScenarioParser()).mobileChat();

    @Test
    void mobileChatHasTheEightBlocksOfTheProductInOrder() {
        assertThat(mobileChat.name()).isEqualTo("Mobile Chat");
        assertThat(mobileChat.blocks()).extracting(Block::type).containsExactly("SendMessage", "SendMessage", "If",
                "FindAgent", "SendMessage", "ConnectChat", "SendMessage", "Exit");
        assertThat(new ScenarioValidator().warnings(mobileChat)).isEmpty();
    }

    @Test
    void mobileChatTextsAreTheDefaults() {
        assertThat(((Block.SendMessage) mobileChat.blocks().get(0)).text()).isEqualTo("Hi $(item.firstName), thanks for contacting us.");
        assertThat(((Block.SendMessage) mobileChat.blocks().get(4)).text()).isEqualTo("You are now connected to $(destination.name).");
        assertThat(((Block.FindAgent) mobileChat.blocks().get(3)).service()).isEqualTo("Support");
        assertThat(((Block.ConnectChat) mobileChat.blocks().get(5)).destination()).isEqualTo("$(destination)");
    }

    @Test
    void mobileChatIsOpenAroundTheClockByDefault() {
        Block.If hours = (Block.If) mobileChat.block("hours");
        for (int hour = 0; hour < 24 * 7; hour += 5) {
            ZonedDateTime at = Instant.parse("2026-12-21T00:00:30Z").plusSeconds(hour * 3600L).atZone(ZoneId.of("UTC"));
            assertThat(hours.branches().get(0).when().test(new ConditionContext(at, Map.of(), QueueStats.NONE)))
                    .as("closed branch at %s", at).isFalse();
        }
    }
}
