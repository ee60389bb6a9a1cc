package org.switchboard.desktop.model;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.protocol.AgentState;

/**
 * Who is logged in, the ACD state the relay reports, the link to the relay and the last notice for the
 * status bar. Confined to the EDT; listeners run on the EDT after each change.
 */
public final class AgentModel {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String username = "";
    private String displayName = "";
    private AgentState state = AgentState.LOGGED_OUT;
    private String stateReason;
    private Link link = Link.CONNECTING;
    private String linkDetail;
    private Instant retryAt;
    private String notice;
    private String noticeCode;
    private String mediaToken;

    public AutoCloseable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public AgentState state() {
        return state;
    }

    public String stateReason() {
        return stateReason;
    }

    public Link link() {
        return link;
    }

    /** The relay's refusal reason or the connection error; may be null. */
    public String linkDetail() {
        return linkDetail;
    }

    /** When the next reconnect is due while {@link Link#RECONNECTING}; otherwise null. */
    public Instant retryAt() {
        return retryAt;
    }

    /** Authorizes this session's media downloads and uploads; null before login or from relays without media. */
    public String mediaToken() {
        return mediaToken;
    }

    /** The last error from the relay that is not about one message; may be null. */
    public String notice() {
        return notice;
    }

    /** The relay's error code of the last notice (e.g. "transfer-failed"); null without a notice. */
    public String noticeCode() {
        return noticeCode;
    }

    void loggedIn(String newUsername, String newDisplayName, AgentState newState, String newMediaToken) {
        username = newUsername;
        mediaToken = newMediaToken;
        displayName = newDisplayName;
        state = newState;
        stateReason = null;
        link = Link.LOGGED_IN;
        linkDetail = null;
        retryAt = null;
        notice = null;
        noticeCode = null;
        fire();
    }

    void state(AgentState newState, String reason) {
        state = newState;
        stateReason = reason;
        fire();
    }

    void link(Link newLink, String detail, Instant nextTry) {
        link = newLink;
        linkDetail = detail;
        retryAt = nextTry;
        fire();
    }

    void notice(String code, String text) {
        noticeCode = code;
        notice = text;
        fire();
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
