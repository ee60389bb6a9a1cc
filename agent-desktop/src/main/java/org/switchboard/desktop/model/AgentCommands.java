package org.switchboard.desktop.model;

import org.switchboard.protocol.ChatAttachment;

/** What the agent can ask the relay to do; the panels call it on the EDT and it never blocks. */
public interface AgentCommands {
    /** Ready, or Not Ready without a reason. */
    void setReady(boolean ready);

    /** Not Ready for a break, lunch… ({@code reason} as the agent chose it). */
    void setNotReady(String reason);

    void accept(String chatId);

    void reject(String chatId);

    void send(String chatId, String text);

    /** Sends a file uploaded before as {@code mediaId}; {@code attachment} is how the agent's own line shows it. */
    void sendMedia(String chatId, String mediaId, ChatAttachment attachment);

    /** The agent started or stopped typing in this chat's composer. */
    void typing(String chatId, boolean on);

    /** The agent has seen the chat up to its latest line. */
    void markRead(String chatId);

    void endChat(String chatId);

    /** Hands the chat to another agent or service; the relay ends it here with reason "transferred" once taken. */
    void transfer(String chatId, TransferTarget target);

    /** Invites another agent ({@code agent} is a username) into the chat; both stay in it. */
    void conference(String chatId, String agent);
}
