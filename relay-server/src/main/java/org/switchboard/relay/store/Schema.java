package org.switchboard.relay.store;

import java.util.List;

/**
 * Which tables a database file holds: its migration scripts ({@code db/<folder>/V<n>.sql}, oldest first). The
 * relay keeps two files so that storing webhook events never waits for the work done after them: the durable
 * inbox, written by one writer only, and everything else.
 *
 * @param folder resource folder of the scripts, under {@code db/}
 * @param files  every migration file, oldest first; a new change is a new file, applied files never change
 */
public record Schema(String folder, List<String> files) {
    /** Accounts, agents, scenarios, conversations, messages, outbox, profiles and the inbox processing cursor. */
    public static final Schema RELAY = new Schema("migration", List.of("V1.sql", "V2.sql", "V3.sql", "V4.sql", "V5.sql"));
    /** The webhook events as Facebook sent them, append-only. */
    public static final Schema INBOX = new Schema("inbox", List.of("V1.sql"));

    public Schema {
        files = List.copyOf(files);
    }

    /** The newest version: the number of migration files. */
    public int latestVersion() {
        return files.size();
    }
}
