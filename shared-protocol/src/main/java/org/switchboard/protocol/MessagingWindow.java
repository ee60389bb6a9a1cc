package org.switchboard.protocol;

import java.time.Instant;

/**
 * Whether the page may still message this customer, and until when — Messenger's 24-hour standard window,
 * then the 7-day HUMAN_AGENT window for human-typed replies, then closed until the customer writes again.
 * Desktops count down to {@code closesAt} themselves; the relay sends a new one when the customer writes.
 */
public record MessagingWindow(Phase phase, Instant closesAt) {
    /** The window the customer's last message opened. */
    public enum Phase { STANDARD, HUMAN_AGENT, CLOSED }

    public MessagingWindow {
        Require.present(phase, "messaging window", "phase");
        if (phase != Phase.CLOSED) {
            Require.present(closesAt, "messaging window " + phase, "closesAt");
        }
    }

    public static MessagingWindow closed() {
        return new MessagingWindow(Phase.CLOSED, null);
    }
}
