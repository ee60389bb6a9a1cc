package org.switchboard.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.relay.testing.TestRelay.APP_SECRET;
import static org.switchboard.relay.testing.TestRelay.OTHER_APP_SECRET;
import static org.switchboard.relay.testing.TestRelay.OTHER_PAGE_ID;
import static org.switchboard.relay.testing.TestRelay.PAGE_ID;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.relay.routing.RoutingSettings;
import org.switchboard.relay.testing.TestRelay;
import org.switchboard.sim.FakeGraphApi;
import org.switchboard.sim.FakeMessenger;
import org.switchboard.sim.MessengerEvents;
import org.switchboard.sim.RecordedSend;

/** A page's scenario entry decides which scenario its new conversations start; other pages get Mobile Chat. */
class ScenarioEntryTest {
    private static final String SALES = """
            ,"scenarios":[{"name":"Sales","version":1,"blocks":[
                {"id":"hi","type":"SendMessage","text":"Sales here, $(item.firstName)!","next":"end"},{"id":"end","type":"Exit"}]}],
             "entries":[{"name":"Sales chat","pageId":"%s","scenario":"Sales"}]""".formatted(OTHER_PAGE_ID);

    @TempDir
    Path data;

    @Test
    void theEntryOfThePageChoosesTheScenario() {
        try (FakeGraphApi graph = FakeGraphApi.start();
             Relay relay = Relay.start(TestRelay.config(data, graph.baseUrl(), RoutingSettings.DEFAULTS,
                     TestRelay.seedJson(SALES)), Clock.systemUTC())) {
            URI webhook = URI.create(relay.localUrl() + Relay.WEBHOOK_PATH);
            graph.setProfile("buyer", "Rosa", "Diaz", null);
            Instant now = Instant.now();
            new FakeMessenger(webhook, OTHER_APP_SECRET).post(MessengerEvents.envelope(MessengerEvents.entry(OTHER_PAGE_ID, now,
                    MessengerEvents.text(OTHER_PAGE_ID, "buyer", "m-sales", "price?", now))));
            new FakeMessenger(webhook, APP_SECRET).post(MessengerEvents.envelope(MessengerEvents.entry(PAGE_ID, now,
                    MessengerEvents.text(PAGE_ID, "helpme", "m-support", "help", now))));
            graph.awaitSends(3, Duration.ofSeconds(10));
            assertThat(graph.sends()).filteredOn(s -> s.recipientId().equals("buyer")).extracting(RecordedSend::text)
                    .containsExactly("Sales here, Rosa!");
            assertThat(graph.sends()).filteredOn(s -> s.recipientId().equals("helpme")).extracting(RecordedSend::text)
                    .startsWith("Hi, thanks for contacting us.");
        }
    }
}
