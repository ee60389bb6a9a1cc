package org.switchboard.protocol;

/**
 * What a desktop sends to the relay. Every command carries a client-chosen {@code id};
 * the relay answers it with {@link ServerMessage.Ack} or {@link ServerMessage.Error} naming that id.
 * A new variant must be added to {@link ProtocolCodec} and its round-trip test.
 */
public sealed interface ClientMessage {
    String id();

    /** First frame of a connection. */
    record Login(String id, int protocolVersion, String username, String password, PhoneDevice phoneDevice)
            implements ClientMessage {
        public Login {
            Require.text(id, "login", "id");
            Require.text(username, "login " + id, "username");
            Require.present(password, "login " + id, "password");
            phoneDevice = phoneDevice == null ? PhoneDevice.softphone() : phoneDevice;
        }

        @Override
        public String toString() {
            return "Login[id=" + id + ", protocolVersion=" + protocolVersion + ", username=" + username
                    + ", password=***, phoneDevice=" + phoneDevice + "]";
        }
    }

    /** Ready or Not Ready (with an optional reason); other states are the relay's to set. */
    record SetState(String id, AgentState state, String reason) implements ClientMessage {
        public SetState {
            Require.text(id, "setState", "id");
            Require.present(state, "setState " + id, "state");
            if (state != AgentState.READY && state != AgentState.NOT_READY) {
                throw new IllegalArgumentException("setState " + id + ": an agent can only choose READY or NOT_READY, not " + state);
            }
        }
    }

    record Accept(String id, String chatId) implements ClientMessage {
        public Accept {
            Require.text(id, "accept", "id");
            Require.text(chatId, "accept " + id, "chatId");
        }
    }

    record Reject(String id, String chatId) implements ClientMessage {
        public Reject {
            Require.text(id, "reject", "id");
            Require.text(chatId, "reject " + id, "chatId");
        }
    }

    /**
     * An agent's reply: text, or one file uploaded before with {@code POST /media} ({@code mediaId}), as Messenger
     * carries one or the other per message. Acknowledged once it is durably queued for Facebook.
     */
    record Send(String id, String chatId, String text, String mediaId) implements ClientMessage {
        public Send {
            Require.text(id, "send", "id");
            Require.text(chatId, "send " + id, "chatId");
            text = text == null || text.isBlank() ? null : text;
            mediaId = mediaId == null || mediaId.isBlank() ? null : mediaId;
            if ((text == null) == (mediaId == null)) {
                throw new IllegalArgumentException("send " + id + ": needs either text or a mediaId, not "
                        + (text == null ? "neither" : "both"));
            }
        }

        /** A text reply. */
        public Send(String id, String chatId, String text) {
            this(id, chatId, text, null);
        }
    }

    /** The agent started ({@code on}) or stopped typing; Messenger shows the customer a typing bubble. */
    record Typing(String id, String chatId, boolean on) implements ClientMessage {
        public Typing {
            Require.text(id, "typing", "id");
            Require.text(chatId, "typing " + id, "chatId");
        }
    }

    /** The agent has read the chat up to now; Messenger shows the customer "Seen". */
    record MarkRead(String id, String chatId) implements ClientMessage {
        public MarkRead {
            Require.text(id, "markRead", "id");
            Require.text(chatId, "markRead " + id, "chatId");
        }
    }

    /** Hands the chat to another agent ({@code toAgent}) or back to a service's queue ({@code toService}). */
    record Transfer(String id, String chatId, String toAgent, String toService) implements ClientMessage {
        public Transfer {
            Require.text(id, "transfer", "id");
            Require.text(chatId, "transfer " + id, "chatId");
            toAgent = toAgent == null || toAgent.isBlank() ? null : toAgent;
            toService = toService == null || toService.isBlank() ? null : toService;
            if ((toAgent == null) == (toService == null)) {
                throw new IllegalArgumentException("transfer " + id + ": needs either toAgent or toService");
            }
        }
    }

    /** Invites a second agent into the chat; both stay until one leaves. */
    record Conference(String id, String chatId, String agent) implements ClientMessage {
        public Conference {
            Require.text(id, "conference", "id");
            Require.text(chatId, "conference " + id, "chatId");
            Require.text(agent, "conference " + id, "agent");
        }
    }

    record EndChat(String id, String chatId) implements ClientMessage {
        public EndChat {
            Require.text(id, "endChat", "id");
            Require.text(chatId, "endChat " + id, "chatId");
        }
    }

    record Logout(String id) implements ClientMessage {
        public Logout {
            Require.text(id, "logout", "id");
        }
    }

    /** A command type this build does not know (sent by a newer desktop); the relay answers it with an error. */
    record Unknown(String id, String type) implements ClientMessage {
    }
}
