package org.switchboard.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.FakeClock;
import org.switchboard.relay.scenario.ScenarioDefinition;
import org.switchboard.relay.scenario.ScenarioEvent;
import org.switchboard.relay.scenario.ScenarioParser;
import org.switchboard.relay.scenario.ScenarioTemplates;

/**
 * Seeded random days of the Mobile Chat scenario and the router together: customers arrive and write, agents log
 * in and out, drop, accept, reject, transfer and end chats, time passes. At the end the agents finish their chats
 * and the clock runs on; every conversation must have ended and the router must hold no chat.
 */
class ContactCenterSimulationTest {
    private static final int DAYS = 300;
    private static final int ACTIONS_PER_DAY = 150;
    private static final List<String> AGENTS = List.of("alice", "bob", "carol", "dan");
    private static final Logger QUIET = (Logger) LoggerFactory.getLogger("org.switchboard.relay");
    private static Level previousLevel;

    private final ScenarioDefinition mobileChat = new ScenarioTemplates(new ScenarioParser()).mobileChat();

    /** Random days send many deliberately stale events; their log lines would only slow the run. */
    @BeforeAll
    static void quietLogs() {
        previousLevel = QUIET.getLevel();
        QUIET.setLevel(Level.ERROR);
    }

    @AfterAll
    static void restoreLogs() {
        QUIET.setLevel(previousLevel);
    }

    @Test
    void everyConversationEndsAndNoChatIsLeftInRouting() {
        int served = 0;
        for (int day = 0; day < DAYS; day++) {
            served += runDay(day);
        }
        assertThat(served).as("conversations that reached an agent").isGreaterThan(DAYS);
    }

    private int runDay(long seed) {
        Random random = new Random(seed);
        RoutingSettings settings = new RoutingSettings(1 + random.nextInt(3), Duration.ofSeconds(10),
                Duration.ofSeconds(random.nextInt(2) * 20L), Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofMinutes(3));
        ContactCenterHarness center = new ContactCenterHarness(new FakeClock(Instant.parse("2026-11-23T08:00:00Z")),
                settings, mobileChat);
        int customers = 0;
        for (int action = 0; action < ACTIONS_PER_DAY; action++) {
            String agent = AGENTS.get(random.nextInt(AGENTS.size()));
            String chat = "c" + random.nextInt(Math.max(1, customers));
            int roll = random.nextInt(100);
            if (roll < 15) {
                center.customerArrives("c" + customers++, Map.of("item.firstName", "Customer"));
            } else if (roll < 22) {
                center.routing(new RoutingEvent.AgentLoggedIn(agent, Set.of("Support"), Map.of(), random.nextInt(3)));
            } else if (roll < 34) {
                center.routing(new RoutingEvent.AgentReady(agent));
            } else if (roll < 37) {
                center.routing(new RoutingEvent.AgentNotReady(agent, "break"));
            } else if (roll < 39) {
                center.routing(new RoutingEvent.AgentLoggedOut(agent));
            } else if (roll < 41) {
                center.routing(random.nextBoolean() ? new RoutingEvent.AgentDisconnected(agent)
                        : new RoutingEvent.AgentReconnected(agent));
            } else if (roll < 58 && !center.offers.isEmpty()) {
                List<Map.Entry<String, String>> ringing = new ArrayList<>(center.offers.entrySet());
                Map.Entry<String, String> offer = ringing.get(random.nextInt(ringing.size()));
                center.routing(random.nextInt(5) == 0 ? new RoutingEvent.OfferRejected(offer.getValue(), offer.getKey())
                        : new RoutingEvent.OfferAccepted(offer.getValue(), offer.getKey()));
            } else if (roll < 66) {
                center.router.participants(chat).stream().findFirst()
                        .ifPresent(in -> center.routing(new RoutingEvent.ChatEnded(chat, in)));
            } else if (roll < 69) {
                center.router.participants(chat).stream().findFirst().ifPresent(in -> center.routing(random.nextBoolean()
                        ? new RoutingEvent.TransferToAgent(chat, in, agent) : new RoutingEvent.ConferenceAdd(chat, in, agent)));
            } else if (roll < 71) {
                center.router.participants(chat).stream().findFirst().ifPresent(in -> center.routing(
                        new RoutingEvent.TransferToService(chat, in, new Requirement("Support", Map.of()))));
            } else if (roll < 76) {
                center.scenario(chat, new ScenarioEvent.CustomerMessage("hello?"));
            } else if (roll < 79) {
                center.router.participants(chat).stream().findFirst()
                        .ifPresent(in -> center.scenario(chat, new ScenarioEvent.AgentMessage(in)));
            } else {
                center.advance(Duration.ofMillis(random.nextInt(40_000)));
            }
        }
        endOfDay(center, seed);
        return (int) center.toCustomer.values().stream()
                .filter(texts -> texts.stream().anyMatch(text -> text.startsWith("You are now connected"))).count();
    }

    private static void endOfDay(ContactCenterHarness center, long seed) {
        for (String agent : AGENTS) {
            center.routing(new RoutingEvent.AgentNotReady(agent, "end of day"));
        }
        for (String chat : center.conversations.keySet()) {
            for (String agent : center.router.participants(chat)) {
                center.routing(new RoutingEvent.ChatEnded(chat, agent));
            }
        }
        center.advance(Duration.ofMinutes(30));
        center.conversations.forEach((chat, state) -> {
            assertThat(state.ended()).as("day %d: conversation %s still in %s", seed, chat, state.phase()).isTrue();
            assertThat(center.router.participants(chat)).as("day %d: chat %s agents", seed, chat).isEmpty();
            assertThat(center.router.position(chat)).as("day %d: chat %s still queued", seed, chat).isEmpty();
        });
        assertThat(center.router.stats("Support").waiting()).isZero();
    }
}
