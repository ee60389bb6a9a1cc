package org.switchboard.bench.webhook;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook ingestion load generator of issue 4: for each chosen scenario, starts a fresh relay in this JVM,
 * drives signed webhook POSTs at it over loopback keep-alive connections, verifies the inbox and writes a markdown
 * report under {@code --out}. Options (all optional): {@code --scenarios single,batch50,batch100,batch500,rate2000}
 * (default all), {@code --durable true|false|both} (default true), {@code --relay full,ingest} (default full; ingest
 * is the relay's webhook path with processing after commit switched off), {@code --warmup 30} and {@code --measure 20}
 * (seconds), {@code --out benchmarks/results}, {@code --connections N} (overrides every scenario's),
 * {@code --ingest-workers N} (worker pool of the ingest-only relay; default as the relay sizes it),
 * {@code --client-threads N} (selector threads the connections are spread over; default 1),
 * {@code --customers N} (customers writing per page; default 250, many more make nearly every event a new chat).
 * Every run is bounded by its warmup + measure time.
 */
public final class WebhookLoadMain {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookLoadMain.class);
    private static final String DEFAULT_CLIENT_THREADS = "1";

    private WebhookLoadMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        var logs = (LoggerContext) LoggerFactory.getILoggerFactory();
        logs.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        logs.getLogger("org.switchboard.bench").setLevel(Level.INFO);

        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "30")));
        Duration measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("measure", "20")));
        List<String> names = Arrays.asList(options.getOrDefault("scenarios", "all").split(","));
        List<LoadScenario> scenarios = LoadScenario.catalog(warmup, measure).stream()
                .filter(s -> names.contains("all") || names.contains(s.name()))
                .map(s -> options.containsKey("connections") ? s.withConnections(Integer.parseInt(options.get("connections"))) : s)
                .map(s -> options.containsKey("customers") ? s.withCustomers(Integer.parseInt(options.get("customers"))) : s)
                .toList();
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("--scenarios " + names + " names none of "
                    + LoadScenario.catalog(warmup, measure).stream().map(LoadScenario::name).toList());
        }
        String durable = options.getOrDefault("durable", "true");
        List<Boolean> modes = switch (durable) {
            case "true" -> List.of(true);
            case "false" -> List.of(false);
            case "both" -> List.of(true, false);
            default -> throw new IllegalArgumentException("--durable '" + durable + "': expected true, false or both");
        };

        List<RelayUnderTest.Kind> kinds = Arrays.stream(options.getOrDefault("relay", "full").split(","))
                .map(k -> RelayUnderTest.Kind.valueOf(k.toUpperCase(Locale.ROOT))).toList();
        double fsync = FsyncProbe.millisPerSync();
        LOG.info("fsync probe: {} ms per synced 4 KiB append", String.format("%.2f", fsync));
        List<RunResult> results = new ArrayList<>();
        for (RelayUnderTest.Kind kind : kinds) {
            for (boolean mode : modes) {
                for (LoadScenario scenario : scenarios) {
                    RunResult result = new LoadRun(scenario, kind, mode,
                            Integer.parseInt(options.getOrDefault("ingest-workers", "0")),
                            Integer.parseInt(options.getOrDefault("client-threads", DEFAULT_CLIENT_THREADS))).run();
                    results.add(result);
                    LOG.info("{}", new ResultsReport("", fsync, List.of(result)).markdown());
                }
            }
        }
        String report = new ResultsReport(machine(), fsync, results).markdown();
        Path out = Path.of(options.getOrDefault("out", "benchmarks/results"));
        Files.createDirectories(out);
        Path file = out.resolve("webhook-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(ZonedDateTime.now(ZoneOffset.UTC)) + ".md");
        Files.writeString(file, report);
        LOG.info("report written to {}", file.toAbsolutePath());
        if (results.stream().anyMatch(r -> !r.verified())) {
            LOG.error("some acknowledged events are missing or duplicated in the inbox: see {}", file);
            System.exit(1);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("option '" + args[i] + "': expected --name value pairs");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String machine() throws IOException {
        String model;
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            model = lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        }
        return String.format("- %s UTC; %d CPUs (%s); %s %s; Java %s (%s); max heap %d MiB%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                Runtime.getRuntime().availableProcessors(), model, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
