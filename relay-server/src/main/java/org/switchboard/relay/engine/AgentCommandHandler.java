package org.switchboard.relay.engine;

import java.util.Optional;
import org.switchboard.protocol.AgentState;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.ServerMessage;
import org.switchboard.relay.agents.AgentConnection;
import org.switchboard.relay.messenger.WindowPolicy;

/**
 * Carries out one desktop command on the engine thread and answers it with {@code ack} or an {@code error}
 * the agent can understand.
 */
final class AgentCommandHandler {
    private final ChatEngine engine;
    private final AgentConnection connection;
    private final String agent;

    AgentCommandHandler(ChatEngine engine, AgentConnection connection) {
        this.engine = engine;
        this.connection = connection;
        this.agent = connection.username();
    }

    void handle(ClientMessage command) {
        if (command instanceof ClientMessage.SetState set) {
            setState(set);
        } else if (command instanceof ClientMessage.Accept accept) {
            accept(accept);
        } else if (command instanceof ClientMessage.Reject reject) {
            reject(reject);
        } else if (command instanceof ClientMessage.Send send) {
            send(send);
        } else if (command instanceof ClientMessage.EndChat endChat) {
            endChat(endChat);
        } else if (command instanceof ClientMessage.Logout logout) {
            ack(logout.id(), null);
            connection.close();
        } else {
            error(command.id(), "unsupported", "This relay cannot do '" + command.getClass().getSimpleName() + "' yet.");
        }
    }

    private void setState(ClientMessage.SetState set) {
        boolean ready = set.state() == AgentState.READY;
        engine.acd().setReady(agent, ready);
        ack(set.id(), null);
        engine.setAgentState(agent, set.state(), ready ? null : set.reason());
        if (ready) {
            engine.matchOffers();
        }
    }

    private void accept(ClientMessage.Accept accept) {
        Optional<ChatRun> run = engine.chat(accept.chatId());
        if (run.isEmpty() || !engine.acd().isOfferedTo(run.get().chatId, agent)) {
            error(accept.id(), "offer-gone", "This chat is no longer offered to you.");
            return;
        }
        ack(accept.id(), null);
        engine.accepted(run.get(), agent);
    }

    private void reject(ClientMessage.Reject reject) {
        Optional<ChatRun> run = engine.chat(reject.chatId());
        if (run.isEmpty() || !engine.acd().isOfferedTo(run.get().chatId, agent)) {
            error(reject.id(), "offer-gone", "This chat is no longer offered to you.");
            return;
        }
        ack(reject.id(), null);
        engine.declined(agent, "rejected");
    }

    private void send(ClientMessage.Send send) {
        Optional<ChatRun> run = ownChat(send.id(), send.chatId());
        if (run.isEmpty()) {
            return;
        }
        String name = engine.desks().desk(agent).map(d -> d.account().displayName()).orElse(agent);
        long messageId = engine.sendToCustomer(run.get(), ChatLine.Author.AGENT, name, send.text(), WindowPolicy.Sender.AGENT);
        ack(send.id(), String.valueOf(messageId));
    }

    private void endChat(ClientMessage.EndChat endChat) {
        Optional<ChatRun> run = ownChat(endChat.id(), endChat.chatId());
        if (run.isEmpty()) {
            return;
        }
        ack(endChat.id(), null);
        engine.agentEnded(run.get());
    }

    private Optional<ChatRun> ownChat(String commandId, String chatId) {
        Optional<ChatRun> run = engine.chat(chatId).filter(r -> agent.equals(r.agent) && r.phase == ChatRun.Phase.CONNECTED);
        if (run.isEmpty()) {
            error(commandId, "not-in-chat", "You are not in chat " + chatId + " (it may have ended).");
        }
        return run;
    }

    private void ack(String commandId, String messageId) {
        connection.push(seq -> new ServerMessage.Ack(seq, commandId, messageId));
    }

    private void error(String commandId, String code, String message) {
        connection.push(seq -> new ServerMessage.Error(seq, commandId, code, message));
    }
}
