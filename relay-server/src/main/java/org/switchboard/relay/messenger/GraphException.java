package org.switchboard.relay.messenger;

import java.util.Objects;

/**
 * A Graph API call failed. {@link #kind()} tells the caller what it can do (retry, reconcile by echo, pause the
 * page, tell the agent); {@link #getMessage()} is a sentence for a human with Facebook's text and
 * {@code (#code/subcode)}. Never contains a token.
 */
public final class GraphException extends Exception {

    /** What the caller can do about the failure. */
    public enum Kind {
        /** Facebook had a passing problem (1, 2, 1200) or nothing was sent (connection refused): retry with backoff. */
        TRANSIENT,
        /** 4, 17, 32, 613: back off for this page, then retry. */
        RATE_LIMITED,
        /** Timeout, HTTP 5xx or a connection lost after sending: the message may have gone out; reconcile by echo. */
        UNKNOWN_OUTCOME,
        /** 190: the page token is expired, invalid or revoked; stop sending for the page and alert an admin. */
        TOKEN_INVALID,
        /** 200, 230, 10 (2018065): a permission is missing; alert an admin. */
        PERMISSION,
        /** 10 (2018278): outside the messaging window; needs a tag or a new customer message. */
        WINDOW_CLOSED,
        /** 551: this person is not available. */
        RECIPIENT_UNAVAILABLE,
        /** 100 and anything else: the request must be fixed; retrying the same request fails again. */
        BAD_REQUEST,
        /** 368: the page is temporarily blocked for policy reasons; pause the page. */
        POLICY_BLOCKED
    }

    private final Kind kind;
    private final int code;
    private final Integer subcode;
    private final String fbtraceId;
    private final int httpStatus;

    public GraphException(Kind kind, String message, int code, Integer subcode, String fbtraceId, int httpStatus) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "graph exception: kind is missing");
        this.code = code;
        this.subcode = subcode;
        this.fbtraceId = fbtraceId;
        this.httpStatus = httpStatus;
    }

    public GraphException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "graph exception: kind is missing");
        this.code = 0;
        this.subcode = null;
        this.fbtraceId = null;
        this.httpStatus = 0;
    }

    /** The error table of the Messenger contract: Facebook's code and subcode decide; without them, 5xx is unknown. */
    public static Kind classify(int code, Integer subcode, int httpStatus) {
        switch (code) {
            case 1, 2, 1200:
                return Kind.TRANSIENT;
            case 4, 17, 32, 613:
                return Kind.RATE_LIMITED;
            case 190:
                return Kind.TOKEN_INVALID;
            case 10:
                return subcode != null && subcode == 2018278 ? Kind.WINDOW_CLOSED : Kind.PERMISSION;
            case 200, 230:
                return Kind.PERMISSION;
            case 551:
                return Kind.RECIPIENT_UNAVAILABLE;
            case 368:
                return Kind.POLICY_BLOCKED;
            case 0:
                return httpStatus >= 500 ? Kind.UNKNOWN_OUTCOME : Kind.BAD_REQUEST;
            default:
                if (code > 200 && code < 300) {
                    return Kind.PERMISSION;
                }
                return Kind.BAD_REQUEST;
        }
    }

    public Kind kind() {
        return kind;
    }

    /** Facebook's error code; 0 when there was no Facebook error (timeout, connection, HTTP error without JSON). */
    public int code() {
        return code;
    }

    public Integer subcode() {
        return subcode;
    }

    public String fbtraceId() {
        return fbtraceId;
    }

    /** The HTTP status; 0 when no response arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** True for TRANSIENT and RATE_LIMITED: the same request may be sent again after a backoff. */
    public boolean retryable() {
        return kind == Kind.TRANSIENT || kind == Kind.RATE_LIMITED;
    }
}
