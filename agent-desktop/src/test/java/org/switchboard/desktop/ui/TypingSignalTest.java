package org.switchboard.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.desktop.model.AgentCommands;
import org.switchboard.desktop.model.TransferTarget;
import org.switchboard.protocol.ChatAttachment;

class TypingSignalTest {
    private final List<String> sent = new ArrayList<>();
    private final TypingSignal typing = new TypingSignal(new AgentCommands() {
        @Override
        public void setReady(boolean ready) {
        }

        @Override
        public void setNotReady(String reason) {
        }

        @Override
        public void accept(String chatId) {
        }

        @Override
        public void reject(String chatId) {
        }

        @Override
        public void send(String chatId, String text) {
        }

        @Override
        public void sendMedia(String chatId, String mediaId, ChatAttachment attachment) {
        }

        @Override
        public void typing(String chatId, boolean on) {
            sent.add(chatId + (on ? " on" : " off"));
        }

        @Override
        public void markRead(String chatId) {
        }

        @Override
        public void transfer(String chatId, TransferTarget target) {
        }

        @Override
        public void conference(String chatId, String agent) {
        }

        @Override
        public void endChat(String chatId) {
        }
    });

    @Test
    void saysOnOnceWhileTheAgentKeepsTyping() {
        typing.typed("chat-1");
        typing.typed("chat-1");
        typing.typed("chat-1");

        assertThat(sent).containsExactly("chat-1 on");
    }

    @Test
    void saysOffWhenStoppedOrWhenTypingMovesToAnotherChat() {
        typing.typed("chat-1");
        typing.typed("chat-2");
        typing.stop();
        typing.stop();

        assertThat(sent).containsExactly("chat-1 on", "chat-1 off", "chat-2 on", "chat-2 off");
    }

    @Test
    void aSentReplyEndsTypingWithoutAnOff() {
        typing.typed("chat-1");
        typing.sent();
        typing.stop();

        assertThat(sent).containsExactly("chat-1 on");
    }
}
