package org.switchboard.relay.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.inbox.InboxProgress;
import org.switchboard.relay.inbox.InboxRow;
import org.switchboard.relay.store.Database;

/**
 * Commits the effects of stored webhook events, a run of consecutive rows per transaction, together with the
 * inbox cursor that says they are done. If a run fails, its rows are retried one by one, and a row that fails
 * alone is set aside (inbox_failures) so that the rest go on. If even that cannot be written, processing stops
 * here: the cursor stays before the row, and it and everything after it are processed at the next start.
 * Threads: the engine thread only.
 */
final class InboxBatches {
    private static final Logger LOG = LoggerFactory.getLogger(InboxBatches.class);

    private final Database database;
    private final InboxProcessor processor;
    private boolean stopped;

    InboxBatches(Database database, InboxProcessor processor) {
        this.database = database;
        this.processor = processor;
    }

    /** The outcomes of the rows whose effects are now committed, in row order; the rows must follow the cursor. */
    List<InboxOutcome> commit(List<InboxRow> rows, Instant now) {
        if (stopped || rows.isEmpty()) {
            return List.of();
        }
        try {
            return commitNow(rows);
        } catch (RuntimeException e) {
            LOG.warn("processing inbox rows {} to {} together failed ({}); trying them one by one", rows.get(0).seq(),
                    rows.get(rows.size() - 1).seq(), e.getMessage());
        }
        List<InboxOutcome> outcomes = new ArrayList<>();
        for (InboxRow row : rows) {
            try {
                outcomes.addAll(commitNow(List.of(row)));
            } catch (RuntimeException e) {
                if (!setAside(row, now, e)) {
                    break;
                }
            }
        }
        return outcomes;
    }

    private List<InboxOutcome> commitNow(List<InboxRow> rows) {
        return database.writeDerived(c -> {
            List<InboxOutcome> applied = new ArrayList<>(rows.size());
            for (InboxRow row : rows) {
                applied.add(processor.apply(c, row.event()));
            }
            InboxProgress.advance(c, rows.get(rows.size() - 1).seq());
            return applied;
        });
    }

    private boolean setAside(InboxRow row, Instant now, RuntimeException failure) {
        String error = row.event().getClass().getSimpleName() + " of page " + row.event().pageId() + ": "
                + failure.getMessage();
        try {
            database.write(c -> {
                InboxProgress.setAside(c, row.seq(), now.toEpochMilli(), error);
                return null;
            });
            LOG.error("inbox row {}: {}; set aside in inbox_failures, processing goes on", row.seq(), error);
            return true;
        } catch (RuntimeException e) {
            stopped = true;
            LOG.error("inbox processing stopped at row {} ({}): {}; it and the rows after it are processed at the next"
                    + " start", row.seq(), error, e.getMessage());
            return false;
        }
    }
}
