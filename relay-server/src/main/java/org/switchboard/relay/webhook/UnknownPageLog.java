package org.switchboard.relay.webhook;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.accounts.AccountDirectory;
import org.switchboard.relay.ops.Metrics;

/**
 * Events for pages no account is configured for are answered 200 (so Facebook keeps the webhook) but not
 * stored; each such page is logged once, and every dropped event is counted.
 */
final class UnknownPageLog {
    private static final Logger LOG = LoggerFactory.getLogger(UnknownPageLog.class);
    private static final String METRIC = "switchboard_events_unknown_page_total";

    private final Metrics metrics;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    UnknownPageLog(Metrics metrics) {
        this.metrics = metrics;
        metrics.describe(METRIC, "Webhook events dropped because no account is configured for their page");
    }

    Set<String> unknownAmong(Collection<String> pageIds, AccountDirectory accounts) {
        Set<String> unknown = pageIds.stream().filter(id -> accounts.byPageId(id).isEmpty()).collect(Collectors.toSet());
        for (String pageId : unknown) {
            if (logged.add(pageId)) {
                LOG.warn("webhook events for page {} are ignored: no Messenger account is configured for it", pageId);
            }
        }
        return unknown;
    }

    void count(int droppedEvents) {
        if (droppedEvents > 0) {
            metrics.add(METRIC, droppedEvents);
        }
    }
}
