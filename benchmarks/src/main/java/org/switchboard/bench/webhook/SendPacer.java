package org.switchboard.bench.webhook;

import java.nio.channels.Selector;
import java.util.List;

/**
 * Wakes a fixed-rate client's selector at each due send of its connections, until the run's end: a selector waits
 * in whole milliseconds, and a send up to 1 ms late would show as relay latency. Walks its own copies of the
 * connections' schedules. Threads: runs on its own thread, until the run's {@link RunClock#release()}.
 */
final class SendPacer implements Runnable {
    private final Selector selector;
    private final List<SendSchedule> schedules;
    private final RunClock clock;

    SendPacer(Selector selector, List<SendSchedule> schedules, RunClock clock) {
        this.selector = selector;
        this.schedules = List.copyOf(schedules);
        this.clock = clock;
    }

    @Override
    public void run() {
        while (true) {
            SendSchedule first = schedules.get(0);
            for (SendSchedule schedule : schedules) {
                if (schedule.next() - first.next() < 0) {
                    first = schedule;
                }
            }
            if (clock.ended(first.next())) {
                RunClock.sleepUntil(clock.release());
                return;
            }
            RunClock.sleepUntil(first.next());
            selector.wakeup();
            first.take(first.next());
        }
    }
}
