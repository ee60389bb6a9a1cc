package org.switchboard.relay.scenario;

/** Why a connected chat ended; every cause except AGENTS_LEFT leaves Connect Chat through Target Disconnected. */
public enum DisconnectCause {
    /** The last agent ended or left the chat: the normal end. */
    AGENTS_LEFT,
    CUSTOMER_HANGUP,
    SYSTEM,
    AGENT_LOGOUT,
    FAILURE
}
