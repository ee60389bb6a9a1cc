package org.switchboard.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.FakeClock;
import org.switchboard.relay.routing.RoutingEvent.AgentDisconnected;
import org.switchboard.relay.routing.RoutingEvent.AgentLoggedIn;
import org.switchboard.relay.routing.RoutingEvent.AgentLoggedOut;
import org.switchboard.relay.routing.RoutingEvent.AgentNotReady;
import org.switchboard.relay.routing.RoutingEvent.AgentReady;
import org.switchboard.relay.routing.RoutingEvent.AgentReconnected;
import org.switchboard.relay.routing.RoutingEvent.ChatCancelled;
import org.switchboard.relay.routing.RoutingEvent.ChatEnded;
import org.switchboard.relay.routing.RoutingEvent.ChatQueued;
import org.switchboard.relay.routing.RoutingEvent.ConferenceAdd;
import org.switchboard.relay.routing.RoutingEvent.OfferAccepted;
import org.switchboard.relay.routing.RoutingEvent.OfferRejected;
import org.switchboard.relay.routing.RoutingEvent.PriorityChanged;
import org.switchboard.relay.routing.RoutingEvent.SkillsChanged;
import org.switchboard.relay.routing.RoutingEvent.Tick;
import org.switchboard.relay.routing.RoutingEvent.TransferToAgent;
import org.switchboard.relay.routing.RoutingEvent.TransferToService;
import org.switchboard.relay.routing.RoutingEvent.WrapUpDone;

/** Thousands of seeded random event sequences, each checked decision by decision against {@link RoutingShadow}. */
class RouterInvariantsTest {
    private static final int SEQUENCES = 2_000;
    private static final int EVENTS_PER_SEQUENCE = 200;
    private static final List<String> AGENTS = List.of("a1", "a2", "a3", "a4", "a5", "a6");
    private static final List<String> SERVICES = List.of("Support", "Sales");

    private static final ch.qos.logback.classic.Logger ROUTING_LOG =
            (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.switchboard.relay.routing");
    private static ch.qos.logback.classic.Level previousLevel;

    /** Random walks send many deliberately stale events; their per-event log lines would only slow the run. */
    @org.junit.jupiter.api.BeforeAll
    static void quietRoutingLog() {
        previousLevel = ROUTING_LOG.getLevel();
        ROUTING_LOG.setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    @org.junit.jupiter.api.AfterAll
    static void restoreRoutingLog() {
        ROUTING_LOG.setLevel(previousLevel);
    }

    @Test
    void invariantsHoldOverRandomEventSequences() {
        long offers = 0;
        long assignments = 0;
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            RoutingShadow shadow = runSequence(sequence);
            offers += shadow.offers;
            assignments += shadow.assignments;
        }
        assertThat(offers).as("the random walk exercises offers").isGreaterThan(SEQUENCES * 5L);
        assertThat(assignments).isGreaterThan(SEQUENCES * 2L);
    }

    private RoutingShadow runSequence(long seed) {
        Random random = new Random(seed);
        FakeClock clock = new FakeClock(Instant.parse("2026-11-23T08:00:00Z"));
        RoutingSettings settings = new RoutingSettings(1 + random.nextInt(3), Duration.ofSeconds(10),
                Duration.ofSeconds(random.nextInt(3) * 15L), Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofMinutes(3));
        Router router = new Router(clock, settings);
        RoutingShadow shadow = new RoutingShadow();
        int nextChat = 0;
        java.util.ArrayDeque<String> trace = new java.util.ArrayDeque<>();
        for (int step = 0; step < EVENTS_PER_SEQUENCE; step++) {
            RoutingEvent event = nextEvent(random, shadow, nextChat);
            if (event instanceof ChatQueued) {
                nextChat++;
            }
            if (event instanceof Tick) {
                clock.advance(Duration.ofMillis(random.nextInt(12_000)));
                if (router.nextWakeUp().map(at -> at.isAfter(clock.instant())).orElse(true)) {
                    continue;
                }
            }
            try {
                List<RoutingDecision> decisions = feed(router, shadow, event, clock.instant(), settings.defaultCapacity());
                trace.addLast(clock.instant() + " " + event + " -> " + decisions);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + " step " + step + " event " + event + ": " + e.getMessage()
                        + "\nlast events:\n" + String.join("\n", trace), e);
            }
            if (trace.size() > 12) {
                trace.removeFirst();
            }
        }
        try {
            drain(router, shadow, clock);
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + " drain: " + e.getMessage() + "\nlast events:\n" + String.join("\n", trace), e);
        }
        return shadow;
    }

    private static List<RoutingDecision> feed(Router router, RoutingShadow shadow, RoutingEvent event, Instant now, int defaultCapacity) {
        if (event instanceof AgentLoggedIn e && !shadow.agents.containsKey(e.agent())) {
            RoutingShadow.Agent agent = new RoutingShadow.Agent();
            agent.services = e.services();
            agent.skills = e.skills();
            agent.capacity = e.capacity() == 0 ? defaultCapacity : e.capacity();
            shadow.agents.put(e.agent(), agent);
        } else if (event instanceof ChatQueued e) {
            shadow.queued(e.chatId(), e.requirement(), e.priority(), now);
        } else if (event instanceof OfferRejected e) {
            shadow.rejected(e.chatId());
        } else if (event instanceof PriorityChanged e && shadow.chats.containsKey(e.chatId())) {
            shadow.chats.get(e.chatId()).priority = e.priority();
        } else if (event instanceof SkillsChanged e && shadow.chats.containsKey(e.chatId())) {
            RoutingShadow.Chat chat = shadow.chats.get(e.chatId());
            chat.requirement = new Requirement(chat.requirement.service(), e.skills());
        } else if (event instanceof TransferToService e) {
            shadow.pendingServiceTransfer.put(e.chatId(), e.requirement());
        } else if (event instanceof AgentDisconnected e && shadow.agents.containsKey(e.agent())) {
            shadow.agents.get(e.agent()).connected = false;
        } else if (event instanceof AgentReconnected e && shadow.agents.containsKey(e.agent())) {
            shadow.agents.get(e.agent()).connected = true;
        }
        List<RoutingDecision> decisions = router.on(event);
        for (RoutingDecision decision : decisions) {
            try {
                shadow.apply(decision, now);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nat decision " + decision + " of " + decisions, e);
            }
        }
        shadow.pendingServiceTransfer.clear();
        try {
            shadow.assertStable();
            for (String service : SERVICES) {
                long waiting = shadow.chats.values().stream().filter(c -> c.waiting && c.requirement.service().equals(service)).count();
                if (router.stats(service).waiting() != waiting) {
                    throw new AssertionError("router has " + router.stats(service).waiting() + " waiting in " + service
                            + ", decisions say " + waiting);
                }
            }
            for (Map.Entry<String, RoutingShadow.Chat> chat : shadow.chats.entrySet()) {
                if (!router.participants(chat.getKey()).equals(List.copyOf(chat.getValue().participants))) {
                    throw new AssertionError("chat " + chat.getKey() + " has agents " + router.participants(chat.getKey())
                            + ", decisions say " + chat.getValue().participants);
                }
            }
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nafter decisions " + decisions, e);
        }
        return decisions;
    }

    private static RoutingEvent nextEvent(Random random, RoutingShadow shadow, int nextChat) {
        String agent = AGENTS.get(random.nextInt(AGENTS.size()));
        String chat = "c" + random.nextInt(Math.max(1, nextChat));
        List<String> offered = new ArrayList<>();
        shadow.agents.forEach((name, a) -> {
            if (a.offer != null) {
                offered.add(name);
            }
        });
        int roll = random.nextInt(100);
        if (roll < 6) {
            return new AgentLoggedIn(agent, randomServices(random), randomSkills(random), random.nextInt(4));
        } else if (roll < 8) {
            return new AgentLoggedOut(agent);
        } else if (roll < 18) {
            return new AgentReady(agent);
        } else if (roll < 21) {
            return new AgentNotReady(agent, "break");
        } else if (roll < 23) {
            return new AgentDisconnected(agent);
        } else if (roll < 25) {
            return new AgentReconnected(agent);
        } else if (roll < 40) {
            return new ChatQueued("c" + nextChat, new Requirement(SERVICES.get(random.nextInt(2)), randomSkills(random)),
                    1 + random.nextInt(5));
        } else if (roll < 42) {
            return new PriorityChanged(chat, 1 + random.nextInt(10));
        } else if (roll < 44) {
            return new SkillsChanged(chat, randomSkills(random));
        } else if (roll < 60 && !offered.isEmpty()) {
            String ringing = offered.get(random.nextInt(offered.size()));
            return random.nextInt(5) == 0 ? new OfferRejected(shadow.agents.get(ringing).offer, ringing)
                    : new OfferAccepted(shadow.agents.get(ringing).offer, ringing);
        } else if (roll < 62) {
            return new OfferAccepted(chat, agent);
        } else if (roll < 72) {
            return new ChatEnded(chat, agent);
        } else if (roll < 75) {
            return new WrapUpDone(agent);
        } else if (roll < 77) {
            return new TransferToAgent(chat, firstParticipant(shadow, chat, agent), agent);
        } else if (roll < 79) {
            return new ConferenceAdd(chat, firstParticipant(shadow, chat, agent), agent);
        } else if (roll < 81) {
            return new TransferToService(chat, firstParticipant(shadow, chat, agent),
                    new Requirement(SERVICES.get(random.nextInt(2)), Map.of()));
        } else if (roll < 85) {
            return new ChatCancelled(chat, "customer left");
        }
        return new Tick();
    }

    private static String firstParticipant(RoutingShadow shadow, String chat, String fallback) {
        RoutingShadow.Chat known = shadow.chats.get(chat);
        return known == null || known.participants.isEmpty() ? fallback : known.participants.iterator().next();
    }

    private static Set<String> randomServices(Random random) {
        int pick = random.nextInt(3);
        return pick == 0 ? Set.of("Support") : pick == 1 ? Set.of("Sales") : Set.of("Support", "Sales");
    }

    private static Map<String, Integer> randomSkills(Random random) {
        int pick = random.nextInt(4);
        return pick == 0 ? Map.of("spanish", 1 + random.nextInt(3)) : pick == 1 ? Map.of("vip", 1) : Map.of();
    }

    /** Every chat must reach exactly one ChatClosed: log everybody out, then cancel what remains. */
    private static void drain(Router router, RoutingShadow shadow, FakeClock clock) {
        for (String agent : AGENTS) {
            if (shadow.agents.containsKey(agent)) {
                feed(router, shadow, new AgentLoggedOut(agent), clock.instant(), 0);
            }
        }
        for (String chat : List.copyOf(shadow.chats.keySet())) {
            feed(router, shadow, new ChatCancelled(chat, "drain"), clock.instant(), 0);
        }
        assertThat(shadow.chats).as("chats without a final state").isEmpty();
        assertThat(router.nextWakeUp()).isEmpty();
    }
}
