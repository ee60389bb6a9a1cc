package org.switchboard.protocol;

/** A frame that is not valid protocol JSON; the message says what was wrong with it. */
public final class ProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
