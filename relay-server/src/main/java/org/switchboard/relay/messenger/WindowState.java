package org.switchboard.relay.messenger;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a conversation stands in Messenger's windows at one instant, with the label the desktop shows
 * ("24h window: 3h12m left", "Human agent window: 5 days left", "Closed — the customer must write first").
 * Pure: computed from the customer's last message time and {@code now}.
 */
public record WindowState(Phase phase, Instant closesAt, Duration remaining) {
    public static final Duration STANDARD_WINDOW = Duration.ofHours(24);
    public static final Duration HUMAN_AGENT_WINDOW = Duration.ofDays(7);

    public enum Phase {
        /** Less than 24 h since the customer's last message: anyone (agent or automation) may send. */
        STANDARD,
        /** 24 h to 7 days: only human-typed replies, with the HUMAN_AGENT tag. */
        HUMAN_AGENT,
        /** 7 days or more, or the customer never wrote: nothing may be sent. */
        CLOSED
    }

    public WindowState {
        Objects.requireNonNull(phase, "window state: phase is missing");
        if (phase == Phase.CLOSED) {
            remaining = Duration.ZERO;
        } else {
            Objects.requireNonNull(closesAt, () -> "window state " + phase + ": closesAt is missing");
            if (remaining == null || remaining.isNegative() || remaining.isZero()) {
                throw new IllegalArgumentException("window state " + phase + ": remaining " + remaining + " is not positive");
            }
        }
    }

    /** The state at {@code now} for a customer who last wrote at {@code lastCustomerMessageAt} (null = never). */
    public static WindowState at(Instant lastCustomerMessageAt, Instant now) {
        Objects.requireNonNull(now, "window state: now is missing");
        if (lastCustomerMessageAt == null) {
            return new WindowState(Phase.CLOSED, null, Duration.ZERO);
        }
        Instant standardEnd = lastCustomerMessageAt.plus(STANDARD_WINDOW);
        if (now.isBefore(standardEnd)) {
            return new WindowState(Phase.STANDARD, standardEnd, Duration.between(now, standardEnd));
        }
        Instant humanEnd = lastCustomerMessageAt.plus(HUMAN_AGENT_WINDOW);
        if (now.isBefore(humanEnd)) {
            return new WindowState(Phase.HUMAN_AGENT, humanEnd, Duration.between(now, humanEnd));
        }
        return new WindowState(Phase.CLOSED, humanEnd, Duration.ZERO);
    }

    /** The countdown line for the offer popup, chat tab and composer. */
    public String label() {
        switch (phase) {
            case STANDARD:
                return "24h window: " + hoursAndMinutes(remaining) + " left";
            case HUMAN_AGENT:
                long days = remaining.toDays();
                return "Human agent window: " + (days >= 1 ? days + (days == 1 ? " day" : " days") : hoursAndMinutes(remaining))
                        + " left";
            default:
                return "Closed \u2014 the customer must write first";
        }
    }

    private static String hoursAndMinutes(Duration left) {
        long hours = left.toHours();
        int minutes = left.toMinutesPart();
        if (hours == 0 && minutes == 0) {
            return "less than a minute";
        }
        return hours == 0 ? minutes + "m" : hours + "h" + String.format("%02d", minutes) + "m";
    }
}
