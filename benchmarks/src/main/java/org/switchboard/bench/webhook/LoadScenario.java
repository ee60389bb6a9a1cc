package org.switchboard.bench.webhook;

import java.time.Duration;
import java.util.List;

/**
 * One load shape: how many events per POST over how many page entries, how many keep-alive connections, either
 * as fast as the relay answers ({@code eventsPerSecond == 0}) or at a fixed rate, and how many customers per page
 * write (few: conversations that go on, the usual traffic; many: nearly every event opens a new conversation), for
 * a bounded warmup and measure.
 */
record LoadScenario(String name, int eventsPerPost, int pagesPerPost, int connections, int eventsPerSecond,
                    int customersPerPage, Duration warmup, Duration measure) {
    /** 1,000 customers in conversation over the 4 pages, each writing again and again. */
    static final int CUSTOMERS_PER_PAGE = 250;

    LoadScenario {
        if (name == null || name.isBlank() || eventsPerPost < 1 || pagesPerPost < 1 || connections < 1
                || eventsPerSecond < 0 || customersPerPage < 1 || warmup.isNegative() || measure.isZero()
                || measure.isNegative() || measure.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("load scenario '" + name + "': eventsPerPost " + eventsPerPost
                    + ", pagesPerPost " + pagesPerPost + ", connections " + connections + ", eventsPerSecond "
                    + eventsPerSecond + ", customersPerPage " + customersPerPage + ", warmup " + warmup + ", measure "
                    + measure + " (need >= 1 event, page, connection and customer, rate >= 0, measure 1 s to 10 min)");
        }
    }

    /** The same scenario with another number of connections (the {@code --connections} option). */
    LoadScenario withConnections(int count) {
        return new LoadScenario(name, eventsPerPost, pagesPerPost, count, eventsPerSecond, customersPerPage, warmup,
                measure);
    }

    /** The same scenario with another number of customers per page (the {@code --customers} option). */
    LoadScenario withCustomers(int count) {
        return new LoadScenario(name, eventsPerPost, pagesPerPost, connections, eventsPerSecond, count, warmup, measure);
    }

    boolean fixedRate() {
        return eventsPerSecond > 0;
    }

    /** The issue-4 scenarios: (a) 1 event per POST at full speed, (b) batched POSTs, (c) 2,000 events/s. */
    static List<LoadScenario> catalog(Duration warmup, Duration measure) {
        return List.of(
                new LoadScenario("single", 1, 1, 64, 0, CUSTOMERS_PER_PAGE, warmup, measure),
                new LoadScenario("batch50", 50, 2, 8, 0, CUSTOMERS_PER_PAGE, warmup, measure),
                new LoadScenario("batch100", 100, 4, 8, 0, CUSTOMERS_PER_PAGE, warmup, measure),
                new LoadScenario("batch500", 500, 4, 4, 0, CUSTOMERS_PER_PAGE, warmup, measure),
                new LoadScenario("rate2000", 1, 1, 16, 2_000, CUSTOMERS_PER_PAGE, warmup, measure));
    }
}
