package org.switchboard.relay.messenger;

import java.util.Locale;

/** A Send API {@code sender_action}, sent as its own call without a message. */
public enum SenderAction {
    TYPING_ON, TYPING_OFF, MARK_SEEN;

    /** The wire value, e.g. {@code typing_on}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
