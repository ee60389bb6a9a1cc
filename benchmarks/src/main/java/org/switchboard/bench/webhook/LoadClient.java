package org.switchboard.bench.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One client thread driving its share of the scenario's connections with one selector: each connection posts the
 * next signed body as soon as its response arrived (closed loop) or when its schedule says (open loop), until the
 * run's end, then waits for the POSTs still in flight (each gives up 30 s after its send) and the run's
 * {@link RunClock#release()}. A few such threads replace a thread per connection, whose wakeups and blocking
 * syscalls took CPU from the cores the relay is measured on.
 * Threads: runs on its own thread; {@link #results} are read by the run after {@link Thread#join}.
 */
final class LoadClient implements Runnable {
    private static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final RunClock clock;
    private final Selector selector;
    private final List<WebhookConnection> connections;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(16 * 1024);
    private final Consumer<SelectionKey> onReady = key -> ((WebhookConnection) key.attachment()).ready(readBuffer);
    final ClientResults results;

    /** Drives the connections numbered {@code connectionIndexes} of the scenario (they share {@code bodies}). */
    LoadClient(LoadScenario scenario, RunClock clock, InetSocketAddress address, String path, WebhookBodies bodies,
               List<Integer> connectionIndexes) {
        this.clock = clock;
        this.results = new ClientResults(clock);
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("webhook client: cannot open a selector", e);
        }
        connections = connectionIndexes.stream().map(i -> new WebhookConnection(address, path, scenario,
                SendSchedule.of(scenario, clock, i), bodies, results, selector)).toList();
    }

    /** Its selector, for the {@link SendPacer} of a fixed-rate run. */
    Selector selector() {
        return selector;
    }

    @Override
    public void run() {
        try (selector) {
            // Bounded: no send starts after the end, every POST in flight times out 30 s after its send, and the
            // thread finishes at the release when nothing is in flight.
            boolean running = true;
            while (running) {
                running = step();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("webhook client: the selector failed", e);
        } finally {
            connections.forEach(WebhookConnection::close);
        }
    }

    /** Starts due sends, then waits for I/O until the next due send or timeout; false when all is done. */
    private boolean step() throws IOException {
        long now = System.nanoTime();
        boolean sending = !clock.ended(now);
        boolean lingering = !sending && now - clock.release() < 0;
        long wake = now + MAX_WAIT_NANOS;
        if (sending || lingering) {
            wake = earlier(wake, sending ? clock.end() : clock.release());
        }
        boolean waiting = false;
        for (WebhookConnection connection : connections) {
            connection.timeOutIfLate(now);
            if (sending && connection.due(now)) {
                connection.send();
            }
            if (connection.inFlight()) {
                waiting = true;
                wake = earlier(wake, connection.deadline());
            } else if (sending) {
                wake = earlier(wake, connection.nextSend(now));
            }
        }
        if (!sending && !waiting && !lingering) {
            return false;
        }
        long waitNanos = wake - now;
        if (waitNanos <= 0) {
            selector.selectNow(onReady);
        } else {
            // Whole milliseconds only: a fixed-rate run's SendPacer wakes the selector at each due send.
            selector.select(onReady, (waitNanos + 999_999) / 1_000_000);
        }
        return true;
    }

    private static long earlier(long a, long b) {
        return a - b < 0 ? a : b;
    }
}
