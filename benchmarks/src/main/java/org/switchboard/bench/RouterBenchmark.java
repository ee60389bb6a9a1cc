package org.switchboard.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.switchboard.relay.routing.Requirement;
import org.switchboard.relay.routing.Router;
import org.switchboard.relay.routing.RoutingDecision;
import org.switchboard.relay.routing.RoutingEvent;
import org.switchboard.relay.routing.RoutingSettings;

/**
 * The ACD under a full contact center: 1,000 logged-in agents over 10 services with skill levels, and 10,000 chats
 * waiting with mixed priorities and requirements. Each operation is one routing event on that state.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class RouterBenchmark {
    private static final int AGENTS = 1_000;
    private static final int WAITING_CHATS = 10_000;
    private static final int SERVICES = 10;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private Router router;
    private int nextAgent;
    private int nextChat;

    @Setup(Level.Trial)
    public void fillTheCenter() {
        router = new Router(clock, RoutingSettings.DEFAULTS);
        for (int i = 0; i < AGENTS; i++) {
            Set<String> services = Set.of(service(i), service(i + 1));
            router.on(new RoutingEvent.AgentLoggedIn(agent(i), services, Map.of("english", 1 + i % 3), 4));
        }
        for (int i = 0; i < WAITING_CHATS; i++) {
            clock.advance(Duration.ofMillis(50));
            router.on(new RoutingEvent.ChatQueued("w" + i, requirement(i), 1 + i % 5));
        }
        clock.advance(Duration.ofMinutes(1));
        if (offerDecisionAndWithdrawal().stream().noneMatch(RoutingDecision.OfferChat.class::isInstance)) {
            throw new IllegalStateException("router benchmark set-up: a Ready agent got no offer out of "
                    + WAITING_CHATS + " waiting chats");
        }
        nextAgent = 0;
    }

    /** An agent goes Ready and gets the best chat it may take; then Not Ready, which puts the chat back in place. */
    @Benchmark
    public List<RoutingDecision> offerDecisionAndWithdrawal() {
        String agent = agent(nextAgent++ % AGENTS);
        List<RoutingDecision> offered = router.on(new RoutingEvent.AgentReady(agent));
        router.on(new RoutingEvent.AgentNotReady(agent, "bench"));
        return offered;
    }

    /** A chat joins the 10,000 waiting (no agent free) and leaves again: queue updates only. */
    @Benchmark
    public List<RoutingDecision> chatQueuedThenCancelled() {
        String chat = "n" + nextChat++;
        router.on(new RoutingEvent.ChatQueued(chat, requirement(nextChat), 1 + nextChat % 5));
        return router.on(new RoutingEvent.ChatCancelled(chat, "bench"));
    }

    /** Set Priority on a waiting chat: it moves within its group's priority structure. */
    @Benchmark
    public List<RoutingDecision> priorityChange() {
        int chat = nextChat++ % WAITING_CHATS;
        return router.on(new RoutingEvent.PriorityChanged("w" + chat, 1 + nextChat % 7));
    }

    private static String agent(int i) {
        return "agent" + i;
    }

    private static String service(int i) {
        return "service" + (i % SERVICES);
    }

    private static Requirement requirement(int i) {
        int level = i % 4;
        return new Requirement(service(i * 7), level == 0 ? Map.of() : Map.of("english", level));
    }

    /** The benchmark's clock: time moves only when the set-up says so. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
