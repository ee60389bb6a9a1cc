package org.switchboard.relay.ops;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters the relay exposes at {@code /metrics} in Prometheus text format. Names are fixed strings with
 * optional labels, e.g. {@code count("switchboard_webhook_requests_total", "result", "stored")}. Thread-safe.
 */
public final class Metrics {
    private final Map<String, LongAdder> counters = new ConcurrentSkipListMap<>();
    private final Map<String, String> help = new ConcurrentHashMap<>();

    public void describe(String name, String text) {
        help.put(name, text);
    }

    public void count(String name, String label, String value) {
        add(name + "{" + label + "=\"" + value + "\"}", 1);
    }

    public void add(String series, long amount) {
        counters.computeIfAbsent(series, key -> new LongAdder()).add(amount);
    }

    /** The Prometheus text exposition of every counter. */
    public String render() {
        StringBuilder out = new StringBuilder();
        String lastName = "";
        for (Map.Entry<String, LongAdder> counter : counters.entrySet()) {
            String name = counter.getKey().replaceFirst("\\{.*", "");
            if (!name.equals(lastName)) {
                out.append("# HELP ").append(name).append(' ').append(help.getOrDefault(name, name)).append('\n');
                out.append("# TYPE ").append(name).append(" counter\n");
                lastName = name;
            }
            out.append(counter.getKey()).append(' ').append(counter.getValue().sum()).append('\n');
        }
        return out.toString();
    }
}
