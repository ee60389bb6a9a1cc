package org.switchboard.bench.webhook;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the runs of one invocation as markdown: the machine, a summary table against the targets, then details. */
final class ResultsReport {
    private final String machine;
    private final double fsyncMillis;
    private final List<RunResult> runs;

    ResultsReport(String machine, double fsyncMillis, List<RunResult> runs) {
        this.machine = machine;
        this.fsyncMillis = fsyncMillis;
        this.runs = List.copyOf(runs);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Webhook ingestion benchmark (issue 4)\n\n");
        md.append(machine).append('\n');
        md.append(f("- 4 KiB append + fdatasync in the temp dir: %.2f ms (at most ~%.0f durable commits/s per writer)%n%n",
                fsyncMillis, 1000 / fsyncMillis));
        md.append("| scenario | relay | durable | conns | events/POST | customers/page | events/s | POSTs/s | p50 ms | p95 ms | p99 ms | max ms"
                + " | errors | acked | lost | dup | fsyncs/s | engine rows/s | backlog at end | CPU cores (gen) | load avg |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (RunResult r : runs) {
            LoadScenario s = r.scenario();
            md.append(f("| %s%s | %s | %s | %d | %d | %d | **%.0f** | %.0f | %.2f | %.2f | **%.2f** | %.1f | %d | %d | %d | %d"
                            + " | %s | %.0f | %d | %.2f (%.2f) | %.2f→%.2f |%n",
                    s.name(), s.fixedRate() ? " @" + s.eventsPerSecond() + "/s" : "", r.relay(),
                    r.durable() ? "yes" : "no",
                    s.connections(), s.eventsPerPost(), s.customersPerPage(), r.eventsPerSecond(), r.postsPerSecond(),
                    r.latency().millisAt(0.50), r.latency().millisAt(0.95), r.latency().millisAt(0.99),
                    r.latency().millisAt(1.0), r.errors().values().stream().mapToInt(Integer::intValue).sum(),
                    r.eventsAcknowledged(), r.lost(), r.duplicated(),
                    r.fsyncs() < 0 ? "n/a" : f("%.0f", r.fsyncs() / r.measureSeconds()), r.engineRowsPerSecond(), r.unprocessedAtEnd(),
                    r.processCores(), r.generatorCores(), r.loadBefore(), r.loadAfter()));
        }
        md.append("\nLatency is measured from the intended send time (fixed rate) or the send (max rate) to the"
                + " end of the 200; `lost` = acknowledged but not in the inbox table, `dup` = inbox rows beyond one per"
                + " event. `engine rows/s` = inbox rows marked processed per second of the whole run.\n");
        runs.forEach(r -> details(md, r));
        return md.toString();
    }

    private static void details(StringBuilder md, RunResult r) {
        md.append(f("%n## %s, %s relay, %s%n%n", r.scenario().name(), r.relay(),
                r.durable() ? "durable commits" : "commits without fsync"));
        md.append(f("- measure %.0f s after %d s warmup; %d CPUs; load average %.2f before, %.2f after%n",
                r.measureSeconds(), r.scenario().warmup().toSeconds(), r.cpus(), r.loadBefore(), r.loadAfter()));
        md.append(f("- %.0f events/s, %.0f POSTs/s; latency p50 %.2f / p90 %.2f / p95 %.2f / p99 %.2f / p99.9 %.2f /"
                        + " max %.2f ms over %d POSTs (service time p50 %.2f, p99 %.2f ms)%n",
                r.eventsPerSecond(), r.postsPerSecond(), r.latency().millisAt(0.5), r.latency().millisAt(0.9),
                r.latency().millisAt(0.95), r.latency().millisAt(0.99), r.latency().millisAt(0.999),
                r.latency().millisAt(1.0), r.latency().count(), r.serviceTime().millisAt(0.5),
                r.serviceTime().millisAt(0.99)));
        md.append(f("- errors: %s%n", r.errors().isEmpty() ? "none" : r.errors()));
        md.append(f("- inbox check: %d events sent, %d acknowledged, %d rows; lost %d, duplicated %d, never sent %d,"
                        + " stored without a 200 %d: %s%n", r.eventsSent(), r.eventsAcknowledged(), r.inboxRows(),
                r.lost(), r.duplicated(), r.unexpected(), r.storedNotAcknowledged(), r.verified() ? "OK" : "FAILED"));
        if (r.fsyncs() >= 0) {
            md.append(f("- fsync/fdatasync calls in the window: %d (%.0f/s, %.1f events per fsync)%n", r.fsyncs(),
                    r.fsyncs() / r.measureSeconds(), r.fsyncs() == 0 ? 0 : r.eventsPerSecond() * r.measureSeconds() / r.fsyncs()));
        }
        md.append(f("- engine: %d rows still unprocessed at the end (%.0f rows/s processed); %d greetings sent to the"
                + " fake Graph API%n", r.unprocessedAtEnd(), r.engineRowsPerSecond(), r.graphSends()));
        md.append(f("- CPU in the window: %.2f cores for the process, %.2f of them the load generator; GC pauses %.2f s%n",
                r.processCores(), r.generatorCores(), r.gcPauseSeconds()));
        md.append("- CPU by thread group (cores): ");
        md.append(String.join(", ", r.cpuSecondsByThread().entrySet().stream().limit(10)
                .map((Map.Entry<String, Double> e) -> f("%s %.2f", e.getKey(), e.getValue() / r.measureSeconds()))
                .toList()));
        md.append('\n');
        r.writerStates().forEach((thread, states) -> md.append(f("- %s samples: %s%n", thread, String.join(", ",
                states.entrySet().stream().map(e -> f("%s %.0f%%", e.getKey(), 100 * e.getValue())).toList()))));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
