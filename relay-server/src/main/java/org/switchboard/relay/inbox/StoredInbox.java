package org.switchboard.relay.inbox;

import java.util.List;

/** Reads stored inbox rows back in order, so processing catches up from the file instead of a backlog in memory. */
@FunctionalInterface
public interface StoredInbox {
    /** Up to {@code limit} rows with a seq above {@code afterSeq}, oldest first. */
    List<InboxRow> after(long afterSeq, int limit);
}
