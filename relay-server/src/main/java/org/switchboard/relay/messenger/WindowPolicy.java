package org.switchboard.relay.messenger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Messenger's messaging-window rules for one outbound message: RESPONSE within 24 h of the customer's last message;
 * the HUMAN_AGENT tag only for human-typed replies up to 7 days; never a tag for automation (scenario messages,
 * surveys, bots); nothing after 7 days. Refusing here, before calling Facebook, gives the agent a clear reason
 * instead of error 10/2018278. Pure and thread-safe.
 */
public final class WindowPolicy {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Who is sending: the rules differ for human-typed replies and automated messages. */
    public enum Sender {
        /** A message an agent typed. */
        AGENT,
        /** A scenario message, survey, queue-position update or bot reply. */
        AUTOMATION
    }

    public WindowDecision decide(Instant lastCustomerMessageAt, Instant now, Sender sender) {
        if (sender == null) {
            throw new IllegalArgumentException("window policy: sender is missing");
        }
        WindowState state = WindowState.at(lastCustomerMessageAt, now);
        switch (state.phase()) {
            case STANDARD:
                return new WindowDecision.Response(state.closesAt());
            case HUMAN_AGENT:
                if (sender == Sender.AGENT) {
                    return new WindowDecision.HumanAgentTag(state.closesAt());
                }
                return new WindowDecision.Closed("The 24-hour window closed at "
                        + WHEN.format(lastCustomerMessageAt.plus(WindowState.STANDARD_WINDOW))
                        + ". Automated messages may not use the human agent tag, so this one was not sent;"
                        + " an agent can still reply by hand until " + WHEN.format(state.closesAt()) + ".");
            default:
                if (lastCustomerMessageAt == null) {
                    return new WindowDecision.Closed("The customer has not written to this page yet."
                            + " Messenger allows messages only after the customer writes first.");
                }
                return new WindowDecision.Closed("The 7-day window closed at " + WHEN.format(state.closesAt())
                        + ". Nothing can be sent until the customer writes again.");
        }
    }
}
