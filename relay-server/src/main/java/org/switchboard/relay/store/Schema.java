package org.switchboard.relay.store;

import java.util.List;

/**
 * Which tables a database file holds: its migration scripts ({@code db/<folder>/V<n>.sql}, oldest first). The
 * relay keeps two files so that storing webhook events never waits for the work done after them: the durable
 * inbox, written by one writer only, and everything else.
 *
 * @param folder          resource folder of the scripts, under {@code db/}
 * @param files           every migration file, oldest first; a new change is a new file, applied files never change
 * @param checkpointPages WAL size (4 KiB pages) at which the committing thread copies the WAL back into the file
 */
public record Schema(String folder, List<String> files, int checkpointPages) {
    /**
     * Accounts, agents, scenarios, conversations, messages, outbox, profiles and the inbox processing cursor.
     * Checkpoints every 32 MiB: the engine rewrites the same pages often, and each is copied back once.
     */
    public static final Schema RELAY = new Schema("migration", List.of("V1.sql", "V2.sql", "V3.sql", "V4.sql", "V5.sql"),
            8192);
    /**
     * The webhook events as Facebook sent them, append-only. Checkpoints every 4 MiB (SQLite's default): a webhook
     * commit that has to copy the WAL back waits for it, so short copies keep the slowest answers short.
     */
    public static final Schema INBOX = new Schema("inbox", List.of("V1.sql"), 1000);

    public Schema {
        files = List.copyOf(files);
    }

    /** The newest version: the number of migration files. */
    public int latestVersion() {
        return files.size();
    }
}
