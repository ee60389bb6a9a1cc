package org.switchboard.relay.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/** The instants at which a waiting conversation has something to do, derived from its phase. */
final class Deadlines {
    private Deadlines() {
    }

    /** The earliest pending deadline, or null when only an outside event can move the conversation. */
    static Instant next(Run run) {
        ConversationState.Phase phase = run.phase;
        if (phase instanceof ConversationState.Phase.AwaitingReply p) {
            return p.deadline();
        } else if (phase instanceof ConversationState.Phase.Queued p) {
            Block.FindAgent find = (Block.FindAgent) run.block();
            Instant escalation = p.escalationStep() < find.escalation().size()
                    ? p.since().plus(find.escalation().get(p.escalationStep()).after()) : null;
            return earliest(p.deadline(), p.nextUpdate(), escalation);
        } else if (phase instanceof ConversationState.Phase.Connecting p) {
            return p.deadline();
        } else if (phase instanceof ConversationState.Phase.Connected) {
            return run.inactiveSince == null ? null : inactivityDue(run);
        } else if (phase instanceof ConversationState.Phase.SurveyRating p) {
            return p.deadline();
        } else if (phase instanceof ConversationState.Phase.SurveyComment p) {
            return p.deadline();
        }
        return null;
    }

    /** The warning at half the timeout, then the end at the full timeout. */
    static Instant inactivityDue(Run run) {
        Duration timeout = run.definition.inactivity().timeout();
        return run.inactivityWarned ? run.inactiveSince.plus(timeout) : run.inactiveSince.plus(timeout.dividedBy(2));
    }

    private static Instant earliest(Instant... instants) {
        return Stream.of(instants).filter(i -> i != null).min(Instant::compareTo).orElse(null);
    }
}
