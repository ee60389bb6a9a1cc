package org.switchboard.relay.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.protocol.AgentState;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.ServerMessage;
import org.switchboard.relay.agents.AgentConnection;
import org.switchboard.relay.agents.SessionTokens;
import org.switchboard.relay.media.MediaStore;
import org.switchboard.relay.media.StoredMedia;
import org.switchboard.relay.messenger.SenderAction;
import org.switchboard.relay.routing.Requirement;
import org.switchboard.relay.routing.Router;
import org.switchboard.relay.routing.RoutingEvent;
import org.switchboard.relay.scenario.ScenarioEvent;

/**
 * Carries out one desktop command on the engine thread and answers it with {@code ack} or an {@code error}
 * the agent can understand.
 */
final class AgentCommandHandler {
    private static final String OFFER_GONE = "This chat is no longer offered to you.";

    private final Conductor conductor;
    private final Router router;
    private final AgentDesks desks;
    private final SenderActions senderActions;
    private final SessionTokens tokens;
    private final MediaStore media;
    private final AgentConnection connection;
    private final String agent;

    AgentCommandHandler(Conductor conductor, Router router, AgentDesks desks, SenderActions senderActions,
                        SessionTokens tokens, MediaStore media, AgentConnection connection) {
        this.tokens = tokens;
        this.media = media;
        this.conductor = conductor;
        this.router = router;
        this.desks = desks;
        this.senderActions = senderActions;
        this.connection = connection;
        this.agent = connection.username();
    }

    void handle(ClientMessage command) {
        if (command instanceof ClientMessage.SetState set) {
            ack(set.id(), null);
            conductor.route(set.state() == AgentState.READY ? new RoutingEvent.AgentReady(agent)
                    : new RoutingEvent.AgentNotReady(agent, set.reason()));
        } else if (command instanceof ClientMessage.Accept accept) {
            answerOffer(accept.id(), accept.chatId(), new RoutingEvent.OfferAccepted(accept.chatId(), agent));
        } else if (command instanceof ClientMessage.Reject reject) {
            answerOffer(reject.id(), reject.chatId(), new RoutingEvent.OfferRejected(reject.chatId(), agent));
        } else if (command instanceof ClientMessage.Send send) {
            send(send);
        } else if (command instanceof ClientMessage.Typing typing) {
            ownChat(typing.id(), typing.chatId()).ifPresent(chat -> {
                senderActions.send(chat.customer, typing.on() ? SenderAction.TYPING_ON : SenderAction.TYPING_OFF);
                ack(typing.id(), null);
            });
        } else if (command instanceof ClientMessage.MarkRead read) {
            ownChat(read.id(), read.chatId()).ifPresent(chat -> {
                senderActions.send(chat.customer, SenderAction.MARK_SEEN);
                ack(read.id(), null);
            });
        } else if (command instanceof ClientMessage.Transfer transfer) {
            ownChat(transfer.id(), transfer.chatId()).ifPresent(chat -> {
                ack(transfer.id(), null);
                conductor.route(transfer.toAgent() != null
                        ? new RoutingEvent.TransferToAgent(chat.key(), agent, transfer.toAgent())
                        : new RoutingEvent.TransferToService(chat.key(), agent, new Requirement(transfer.toService(), Map.of())));
            });
        } else if (command instanceof ClientMessage.Conference conference) {
            ownChat(conference.id(), conference.chatId()).ifPresent(chat -> {
                ack(conference.id(), null);
                conductor.route(new RoutingEvent.ConferenceAdd(chat.key(), agent, conference.agent()));
            });
        } else if (command instanceof ClientMessage.EndChat endChat) {
            ownChat(endChat.id(), endChat.chatId()).ifPresent(chat -> {
                ack(endChat.id(), null);
                conductor.route(new RoutingEvent.ChatEnded(chat.key(), agent));
            });
        } else if (command instanceof ClientMessage.Logout logout) {
            ack(logout.id(), null);
            conductor.route(new RoutingEvent.AgentLoggedOut(agent));
            tokens.revoke(agent);
            desks.logout(connection);
            connection.close();
        } else {
            error(command.id(), "unsupported", "This relay cannot do '" + command.getClass().getSimpleName() + "' yet.");
        }
    }

    /** Accept and reject only make sense for the chat currently offered to this agent. */
    private void answerOffer(String commandId, String chatId, RoutingEvent answer) {
        if (conductor.chat(chatId).isEmpty() || !router.pendingOffer(agent).filter(chatId::equals).isPresent()) {
            error(commandId, "offer-gone", OFFER_GONE);
            return;
        }
        ack(commandId, null);
        conductor.route(answer);
    }

    private void send(ClientMessage.Send send) {
        ownChat(send.id(), send.chatId()).ifPresent(chat -> {
            StoredMedia file = null;
            if (send.mediaId() != null) {
                file = media.find(send.mediaId()).orElse(null);
                if (file == null) {
                    error(send.id(), "unknown-media", "The file to send was not found on the relay; upload it again.");
                    return;
                }
            }
            String name = desks.displayName(agent);
            long messageId = conductor.sendToCustomer(chat, ChatLine.Author.AGENT, name,
                    send.text() == null ? "" : send.text(), List.of(), agent, agent + ":" + send.id(), file);
            ack(send.id(), String.valueOf(messageId));
            conductor.feed(chat, new ScenarioEvent.AgentMessage(agent));
        });
    }

    private Optional<LiveChat> ownChat(String commandId, String chatId) {
        Optional<LiveChat> chat = conductor.chat(chatId).filter(c -> router.participants(c.key()).contains(agent));
        if (chat.isEmpty()) {
            error(commandId, "not-in-chat", "You are not in chat " + chatId + " (it may have ended).");
        }
        return chat;
    }

    private void ack(String commandId, String messageId) {
        connection.push(seq -> new ServerMessage.Ack(seq, commandId, messageId));
    }

    private void error(String commandId, String code, String message) {
        connection.push(seq -> new ServerMessage.Error(seq, commandId, code, message));
    }
}
