package org.switchboard.desktop.history;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.desktop.model.TranscriptJournal;
import org.switchboard.desktop.model.TranscriptLine;
import org.switchboard.protocol.Customer;

/**
 * Keeps the desk's final lines in the agent's {@link HistoryStore} and answers history searches, all on one
 * background thread ({@code worker}, which must run tasks one at a time, in order), so the EDT never touches
 * the disk. The store is opened on that thread at the first task and only used there; answers hop to {@code edt}.
 */
public final class HistoryRecorder implements TranscriptJournal, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryRecorder.class);

    private final Path file;
    private final Executor worker;
    private final Executor edt;
    private HistoryStore store;
    private boolean closed;

    public HistoryRecorder(Path file, Executor worker, Executor edt) {
        this.file = file;
        this.worker = worker;
        this.edt = edt;
    }

    @Override
    public void record(String chatId, Customer customer, List<TranscriptLine> lines) {
        HistoryChat chat = new HistoryChat(chatId, customer.id(), customer.displayName(),
                customer.pageName() == null ? customer.pageId() : customer.pageName());
        List<HistoryLine> kept = lines.stream()
                .map(line -> new HistoryLine(line.key(), chatId, line.author(), line.authorName(), line.text(), line.at(),
                        line.attachments()))
                .toList();
        worker.execute(() -> {
            try {
                int added = store().record(chat, kept);
                LOG.debug("history: {} of {} lines of chat {} were new", added, kept.size(), chatId);
            } catch (IOException | SQLException e) {
                LOG.warn("history {}: cannot keep {} lines of chat {}: {}", file, kept.size(), chatId, e.getMessage());
            }
        });
    }

    /** Searches on the worker; {@code hits} or {@code failed} (with the reason) is called on the EDT. */
    public void search(String query, int limit, Consumer<List<HistoryHit>> hits, Consumer<String> failed) {
        worker.execute(() -> {
            try {
                List<HistoryHit> found = store().search(query, limit);
                edt.execute(() -> hits.accept(found));
            } catch (IOException | SQLException e) {
                LOG.warn("history {}: search failed: {}", file, e.getMessage());
                edt.execute(() -> failed.accept(e.getMessage()));
            }
        });
    }

    /** Reads one past conversation on the worker; {@code lines} or {@code failed} is called on the EDT. */
    public void conversation(String chatId, Consumer<List<HistoryLine>> lines, Consumer<String> failed) {
        worker.execute(() -> {
            try {
                List<HistoryLine> found = store().conversation(chatId);
                edt.execute(() -> lines.accept(found));
            } catch (IOException | SQLException e) {
                LOG.warn("history {}: cannot read chat {}: {}", file, chatId, e.getMessage());
                edt.execute(() -> failed.accept(e.getMessage()));
            }
        });
    }

    /** Closes the file after the tasks already queued. */
    @Override
    public void close() {
        worker.execute(() -> {
            closed = true;
            if (store != null) {
                try {
                    store.close();
                } catch (SQLException e) {
                    LOG.warn("history {}: close failed: {}", file, e.getMessage());
                }
                store = null;
            }
        });
    }

    private HistoryStore store() throws IOException, SQLException {
        if (closed) {
            throw new IOException("history " + file + " is closed");
        }
        if (store == null) {
            store = HistoryStore.open(file);
            LOG.info("local history in {}", file);
        }
        return store;
    }

    @Override
    public String toString() {
        return "HistoryRecorder[" + file + "]";
    }
}
