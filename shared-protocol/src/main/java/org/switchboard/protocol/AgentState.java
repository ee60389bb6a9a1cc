package org.switchboard.protocol;

/** The agent states of the ACD, in the product's own terms. */
public enum AgentState {
    LOGGED_OUT, NOT_READY, READY, RINGING, BUSY, AFTER_CHAT_WORK
}
