package org.switchboard.relay.scenario;

/** A Messenger page assignment refused by the entry/service rules; the message is fit to show an admin. */
public final class AssignmentConflictException extends RuntimeException {
    public AssignmentConflictException(String message) {
        super(message);
    }
}
