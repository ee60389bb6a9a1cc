package org.switchboard.relay.inbox;

import org.switchboard.relay.messenger.MessengerEvent;

/** A stored webhook event with its inbox sequence number; processing is ordered by {@code seq}. */
public record InboxRow(long seq, MessengerEvent event) {
}
