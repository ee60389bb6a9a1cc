package org.switchboard.bench.webhook;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.Relay;

/**
 * Runs one scenario against a fresh in-process relay: spreads its connections over a few client threads (plus a
 * pacer each on a fixed rate), samples CPU at the start and end of the measure window, waits for every client, then
 * reads the inbox back and checks event by event that everything acknowledged was stored once.
 */
final class LoadRun {
    private static final Logger LOG = LoggerFactory.getLogger(LoadRun.class);
    private static final int RECEIPT_PERCENT = 10;
    private static final Duration JOIN_LIMIT = Duration.ofSeconds(60);

    private final LoadScenario scenario;
    private final RelayUnderTest.Kind kind;
    private final boolean durable;
    private final int ingestWorkers;
    private final int clientThreads;

    LoadRun(LoadScenario scenario, RelayUnderTest.Kind kind, boolean durable, int ingestWorkers, int clientThreads) {
        if (clientThreads < 1) {
            throw new IllegalArgumentException("load run: " + clientThreads + " client threads (need >= 1)");
        }
        this.scenario = scenario;
        this.kind = kind;
        this.durable = durable;
        this.ingestWorkers = ingestWorkers;
        this.clientThreads = clientThreads;
    }

    RunResult run() throws InterruptedException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (RelayUnderTest relay = kind.start(durable, ingestWorkers)) {
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
            var clock = new RunClock(start, start + scenario.warmup().toNanos(),
                    start + scenario.warmup().toNanos() + scenario.measure().toNanos());
            AtomicLong sequence = new AtomicLong();
            int threadCount = Math.min(clientThreads, scenario.connections());
            List<LoadClient> clients = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < threadCount; t++) {
                int clientIndex = t;
                List<Integer> connections = IntStream.range(0, scenario.connections())
                        .filter(i -> i % threadCount == clientIndex).boxed().toList();
                var bodies = new WebhookBodies(relay.pageIds(), BenchData.APP_SECRET, scenario.customersPerPage(), RECEIPT_PERCENT,
                        sequence, 42L + t);
                var client = new LoadClient(scenario, clock, relay.address(), Relay.WEBHOOK_PATH, bodies, connections);
                clients.add(client);
                threads.add(daemon(client, "webhook-client-" + t));
                if (scenario.fixedRate()) {
                    threads.add(daemon(new SendPacer(client.selector(), connections.stream()
                            .map(i -> SendSchedule.of(scenario, clock, i)).toList(), clock), "webhook-client-pacer-" + t));
                }
            }
            LOG.info("{} ({} relay, {}): {} connections on {} client thread(s), {} event(s) per POST over {} page(s), {},"
                            + " warmup {} s, measure {} s",
                    scenario.name(), kind, durable ? "durable" : "not durable", scenario.connections(), threadCount,
                    scenario.eventsPerPost(), scenario.pagesPerPost(),
                    scenario.fixedRate() ? scenario.eventsPerSecond() + " events/s" : "max rate",
                    scenario.warmup().toSeconds(), scenario.measure().toSeconds());
            threads.forEach(Thread::start);
            RunClock.sleepUntil(clock.measureStart());
            ThreadCpu cpuBefore = ThreadCpu.now();
            var sampler = new ThreadStateSampler();
            sampler.start();
            FsyncCounter fsyncs = FsyncCounter.start(scenario.measure());
            RunClock.sleepUntil(clock.end());
            ThreadCpu cpuAfter = ThreadCpu.now();
            sampler.stop();
            long fsyncCount = fsyncs.await();
            for (Thread thread : threads) {
                thread.join(JOIN_LIMIT.toMillis());
                if (thread.isAlive()) {
                    throw new IllegalStateException(thread.getName() + " still runs " + JOIN_LIMIT + " after the end");
                }
            }
            double elapsedSeconds = (System.nanoTime() - start) / 1e9;
            BenchData.StoredEvents stored = relay.storedEvents();
            return result(clients.stream().map(c -> c.results).toList(), stored, relay.graphSends(), cpuBefore,
                    cpuAfter, sampler, fsyncCount, elapsedSeconds, loadBefore);
        }
    }

    private RunResult result(List<ClientResults> clients, BenchData.StoredEvents stored, int graphSends,
                             ThreadCpu cpuBefore, ThreadCpu cpuAfter, ThreadStateSampler sampler, long fsyncCount,
                             double elapsedSeconds, double loadBefore) {
        BitSet sent = new BitSet();
        BitSet acknowledged = new BitSet();
        Map<String, Integer> errors = new TreeMap<>();
        long posts = 0;
        long events = 0;
        for (ClientResults client : clients) {
            sent.or(client.sent);
            acknowledged.or(client.acknowledged);
            client.errors.forEach((k, v) -> errors.merge(k, v, Integer::sum));
            posts += client.measuredPosts;
            events += client.measuredEvents;
        }
        BitSet lost = (BitSet) acknowledged.clone();
        lost.andNot(stored.sequences());
        BitSet unexpected = (BitSet) stored.sequences().clone();
        unexpected.andNot(sent);
        BitSet storedUnacknowledged = (BitSet) stored.sequences().clone();
        storedUnacknowledged.andNot(acknowledged);
        storedUnacknowledged.andNot(unexpected);
        Map<String, Double> cpu = cpuAfter.secondsByGroupSince(cpuBefore);
        double generatorCpu = cpu.entrySet().stream().filter(e -> e.getKey().startsWith("webhook-client"))
                .mapToDouble(Map.Entry::getValue).sum();
        double seconds = scenario.measure().toNanos() / 1e9;
        return new RunResult(scenario, kind == RelayUnderTest.Kind.INGEST && ingestWorkers > 0
                ? "ingest, " + ingestWorkers + " workers" : kind.name().toLowerCase(Locale.ROOT), durable,
                Runtime.getRuntime().availableProcessors(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                events / seconds, posts / seconds,
                Latencies.merge(clients.stream().map(c -> c.latencies).toList()),
                Latencies.merge(clients.stream().map(c -> c.serviceTimes).toList()),
                errors, sent.cardinality(), acknowledged.cardinality(), stored.rows(),
                lost.cardinality(), stored.rows() - stored.sequences().cardinality(), unexpected.cardinality(),
                storedUnacknowledged.cardinality(), stored.unprocessed(),
                (stored.rows() - stored.unprocessed()) / elapsedSeconds, graphSends,
                cpuAfter.processSecondsSince(cpuBefore) / seconds, generatorCpu / seconds,
                cpuAfter.gcPauseSecondsSince(cpuBefore), cpu, sampler.shares(), fsyncCount, seconds);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
