package org.switchboard.desktop.model;

/** What the agent can ask the relay to do; the panels call it on the EDT and it never blocks. */
public interface AgentCommands {
    void setReady(boolean ready);

    void accept(String chatId);

    void reject(String chatId);

    void send(String chatId, String text);

    void endChat(String chatId);
}
