package org.switchboard.desktop.ui;

import javax.swing.Timer;
import org.switchboard.desktop.model.AgentCommands;

/**
 * Tells the relay once when the agent starts typing in a chat, and once when they stop: 4 s idle, another
 * chat shown, or the reply sent (Messenger drops the bubble by itself then). EDT only.
 */
final class TypingSignal {
    private final AgentCommands commands;
    private final Timer idle = new Timer(4000, e -> stop());
    private String chatId;

    TypingSignal(AgentCommands commands) {
        this.commands = commands;
        idle.setRepeats(false);
    }

    void typed(String inChat) {
        if (chatId != null && !chatId.equals(inChat)) {
            stop();
        }
        if (chatId == null) {
            chatId = inChat;
            commands.typing(inChat, true);
        }
        idle.restart();
    }

    void stop() {
        idle.stop();
        if (chatId != null) {
            commands.typing(chatId, false);
            chatId = null;
        }
    }

    void sent() {
        idle.stop();
        chatId = null;
    }
}
