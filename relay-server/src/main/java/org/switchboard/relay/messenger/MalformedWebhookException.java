package org.switchboard.relay.messenger;

/** The webhook body is not a Messenger envelope at all (not JSON, not an object, no entry array): answer 400. */
public final class MalformedWebhookException extends Exception {
    public MalformedWebhookException(String message) {
        super(message);
    }

    public MalformedWebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
