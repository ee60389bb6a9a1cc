package org.switchboard.protocol;

import java.time.Instant;
import java.util.List;

/**
 * What the relay pushes to a desktop. Every message carries {@code seq}, increasing by one per
 * connection, so a desktop can tell what it missed. A new variant must be added to
 * {@link ProtocolCodec} and its round-trip test.
 */
public sealed interface ServerMessage {
    long seq();

    /** {@code mediaToken} authorizes this session's downloads of {@code /media/<id>} (header or ?token=). */
    record LoginOk(long seq, String replyTo, int protocolVersion, String username, String displayName,
                   List<String> roles, AgentState state, String mediaToken) implements ServerMessage {
        public LoginOk {
            Require.text(username, "loginOk", "username");
            roles = roles == null ? List.of() : List.copyOf(roles);
            displayName = displayName == null || displayName.isBlank() ? username : displayName;
            Require.present(state, "loginOk " + username, "state");
        }

        /** A login answer without media access (tests, older relays). */
        public LoginOk(long seq, String replyTo, int protocolVersion, String username, String displayName,
                       List<String> roles, AgentState state) {
            this(seq, replyTo, protocolVersion, username, displayName, roles, state, null);
        }
    }

    /** Login refused; the text is meant for the agent (wrong password, incompatible version, …). */
    record LoginFailed(long seq, String replyTo, String reason) implements ServerMessage {
        public LoginFailed {
            Require.text(reason, "loginFailed", "reason");
        }
    }

    record StateChanged(long seq, AgentState state, String reason) implements ServerMessage {
        public StateChanged {
            Require.present(state, "stateChanged", "state");
        }
    }

    /**
     * A chat waiting for this agent's Accept or Reject until {@code expiresAt}; {@code via} says how it comes:
     * "queue", "transfer" (from {@code from}) or "conference" (invited by {@code from}).
     */
    record Offer(long seq, String chatId, Customer customer, String service, String preview, Instant expiresAt,
                 MessagingWindow window, String via, String from) implements ServerMessage {
        public Offer {
            via = via == null || via.isBlank() ? "queue" : via;
            Require.text(chatId, "offer", "chatId");
            Require.present(customer, "offer " + chatId, "customer");
            Require.present(expiresAt, "offer " + chatId, "expiresAt");
            preview = preview == null ? "" : preview;
            window = window == null ? MessagingWindow.closed() : window;
        }

        /** An offer from the queue. */
        public Offer(long seq, String chatId, Customer customer, String service, String preview, Instant expiresAt,
                     MessagingWindow window) {
            this(seq, chatId, customer, service, preview, expiresAt, window, "queue", null);
        }
    }

    record OfferRevoked(long seq, String chatId, String reason) implements ServerMessage {
        public OfferRevoked {
            Require.text(chatId, "offerRevoked", "chatId");
        }
    }

    /** The agent is now in this chat; the transcript so far comes with it. */
    record ChatStarted(long seq, String chatId, Customer customer, List<ChatLine> transcript, MessagingWindow window)
            implements ServerMessage {
        public ChatStarted {
            Require.text(chatId, "chatStarted", "chatId");
            Require.present(customer, "chatStarted " + chatId, "customer");
            transcript = transcript == null ? List.of() : List.copyOf(transcript);
            window = window == null ? MessagingWindow.closed() : window;
        }
    }

    /** The customer wrote, so the chat's messaging window moved; also sent when it changes phase. */
    record WindowChanged(long seq, String chatId, MessagingWindow window) implements ServerMessage {
        public WindowChanged {
            Require.text(chatId, "windowChanged", "chatId");
            Require.present(window, "windowChanged " + chatId, "window");
        }
    }

    /** A new line in a chat the agent is in (from the customer, another agent, the scenario…). */
    record ChatMessage(long seq, String chatId, ChatLine line) implements ServerMessage {
        public ChatMessage {
            Require.text(chatId, "chatMessage", "chatId");
            Require.present(line, "chatMessage " + chatId, "line");
        }
    }

    /** An outbound line changed status (sent, delivered, read, failed with {@code detail}). */
    record MessageStatus(long seq, String chatId, String messageId, DeliveryStatus status, String detail)
            implements ServerMessage {
        public MessageStatus {
            Require.text(chatId, "messageStatus", "chatId");
            Require.text(messageId, "messageStatus " + chatId, "messageId");
            Require.present(status, "messageStatus " + chatId, "status");
        }
    }

    record ChatEnded(long seq, String chatId, String reason) implements ServerMessage {
        public ChatEnded {
            Require.text(chatId, "chatEnded", "chatId");
        }
    }

    /** The command {@code replyTo} was carried out (for a send: durably queued). */
    record Ack(long seq, String replyTo, String messageId) implements ServerMessage {
        public Ack {
            Require.text(replyTo, "ack", "replyTo");
        }
    }

    /** The command {@code replyTo} failed; {@code message} is meant for the agent. */
    record Error(long seq, String replyTo, String code, String message) implements ServerMessage {
        public Error {
            Require.text(code, "error", "code");
            Require.text(message, "error " + code, "message");
        }
    }

    /** A message type this build does not know (sent by a newer relay); desktops ignore it. */
    record Unknown(long seq, String type) implements ServerMessage {
    }
}
