package org.switchboard.bench.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts this JVM's fsync and fdatasync calls over a window with {@code perf stat} on the syscall tracepoints, so a
 * run can report durable commits per second and events per commit. Optional: when perf is missing or not allowed,
 * the count is -1 and the report says so.
 */
final class FsyncCounter {
    private static final Logger LOG = LoggerFactory.getLogger(FsyncCounter.class);

    private final Process perf;

    private FsyncCounter(Process perf) {
        this.perf = perf;
    }

    /** Starts counting now for {@code window}; never fails (a missing perf gives a counter that reports -1). */
    static FsyncCounter start(Duration window) {
        try {
            Process perf = new ProcessBuilder("perf", "stat", "-x", ",", "-e",
                    "syscalls:sys_enter_fsync,syscalls:sys_enter_fdatasync", "-p",
                    Long.toString(ProcessHandle.current().pid()), "--", "sleep",
                    Double.toString(window.toMillis() / 1000.0))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return new FsyncCounter(perf);
        } catch (IOException e) {
            LOG.warn("perf is not available, fsyncs are not counted: {}", e.getMessage());
            return new FsyncCounter(null);
        }
    }

    /** fsync + fdatasync calls in the window, or -1 when perf could not count them. */
    long await() throws InterruptedException {
        if (perf == null) {
            return -1;
        }
        if (!perf.waitFor(60, TimeUnit.SECONDS)) {
            perf.destroy();
            LOG.warn("perf stat did not finish; fsyncs are not counted");
            return -1;
        }
        String output;
        try (InputStream err = perf.getErrorStream()) {
            output = new String(err.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot read perf stat's output: {}", e.getMessage());
            return -1;
        }
        long total = 0;
        int counted = 0;
        for (String line : output.split("\n")) {
            String[] fields = line.split(",");
            if (fields.length > 2 && fields[2].startsWith("syscalls:") && fields[0].matches("\\d+")) {
                total += Long.parseLong(fields[0]);
                counted++;
            }
        }
        if (counted == 0) {
            LOG.warn("perf stat counted no syscalls: {}", output.strip());
            return -1;
        }
        return total;
    }
}
