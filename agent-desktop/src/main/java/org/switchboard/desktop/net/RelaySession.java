package org.switchboard.desktop.net;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.switchboard.desktop.model.AgentCommands;
import org.switchboard.desktop.model.Desk;
import org.switchboard.desktop.model.Link;
import org.switchboard.desktop.model.PendingCommand;
import org.switchboard.desktop.model.TransferTarget;
import org.switchboard.protocol.AgentState;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.ProtocolVersion;
import org.switchboard.protocol.ServerMessage;

/**
 * One agent's session with the relay: logs in on every (re)opened link with the same credentials, hands
 * each server message to the {@link Desk} on the EDT, and turns the agent's commands into frames with
 * their own client ids. Commands are called on the EDT; link callbacks arrive on socket/io threads and
 * only hop to {@code edt}.
 */
public final class RelaySession implements AgentCommands, RelayLink.Listener {
    private final Credentials credentials;
    private final RelayLink connection;
    private final Desk desk;
    private final Executor edt;
    private final String idPrefix = UUID.randomUUID().toString().substring(0, 8) + "-";
    private final AtomicLong nextId = new AtomicLong(1);
    private volatile boolean loggedInOnce;

    public RelaySession(Credentials credentials, RelayLink connection, Desk desk, Executor edt) {
        this.credentials = credentials;
        this.connection = connection;
        this.desk = desk;
        this.edt = edt;
    }

    public void start() {
        desk.linkChanged(Link.CONNECTING, null);
        connection.open(this);
    }

    /** Logs out if the link is open and closes it; no reconnect follows. */
    public void close() {
        connection.send(new ClientMessage.Logout(newId()));
        connection.close();
    }

    @Override
    public void opened() {
        String id = newId();
        edt.execute(() -> desk.loginSent(id));
        connection.send(new ClientMessage.Login(id, ProtocolVersion.CURRENT, credentials.username(),
                credentials.password(), credentials.phoneDevice()));
    }

    @Override
    public void received(ServerMessage message) {
        if (message instanceof ServerMessage.LoginOk) {
            loggedInOnce = true;
            connection.keepAlive();
        } else if (message instanceof ServerMessage.LoginFailed) {
            connection.close();
        }
        edt.execute(() -> {
            desk.apply(message);
            if (message instanceof ServerMessage.LoginOk) {
                desk.unacknowledgedSends().forEach(this::resend);
            }
        });
    }

    @Override
    public void lost(String reason, Duration retryIn) {
        edt.execute(() -> desk.reconnecting(reason, retryIn));
    }

    @Override
    public void failed(String reason) {
        Link link = loggedInOnce ? Link.GAVE_UP : Link.UNREACHABLE;
        edt.execute(() -> desk.linkChanged(link, reason));
    }

    @Override
    public void setReady(boolean ready) {
        AgentState state = ready ? AgentState.READY : AgentState.NOT_READY;
        command(new ClientMessage.SetState(newId(), state, null), "setState " + state);
    }

    @Override
    public void setNotReady(String reason) {
        command(new ClientMessage.SetState(newId(), AgentState.NOT_READY, reason), "setState NOT_READY");
    }

    @Override
    public void accept(String chatId) {
        command(new ClientMessage.Accept(newId(), chatId), "accept " + chatId);
    }

    @Override
    public void reject(String chatId) {
        command(new ClientMessage.Reject(newId(), chatId), "reject " + chatId);
    }

    @Override
    public void send(String chatId, String text) {
        String id = newId();
        desk.sending(id, chatId, text);
        connection.send(new ClientMessage.Send(id, chatId, text));
    }

    @Override
    public void sendMedia(String chatId, String mediaId, ChatAttachment attachment) {
        String id = newId();
        desk.sendingMedia(id, chatId, mediaId, attachment);
        connection.send(new ClientMessage.Send(id, chatId, null, mediaId));
    }

    @Override
    public void typing(String chatId, boolean on) {
        command(new ClientMessage.Typing(newId(), chatId, on), "typing " + chatId);
    }

    @Override
    public void markRead(String chatId) {
        command(new ClientMessage.MarkRead(newId(), chatId), "markRead " + chatId);
    }

    @Override
    public void endChat(String chatId) {
        command(new ClientMessage.EndChat(newId(), chatId), "endChat " + chatId);
    }

    @Override
    public void transfer(String chatId, TransferTarget target) {
        boolean toAgent = target.kind() == TransferTarget.Kind.AGENT;
        command(new ClientMessage.Transfer(newId(), chatId, toAgent ? target.name() : null, toAgent ? null : target.name()),
                "transfer " + chatId + " to " + target.kind() + " " + target.name());
    }

    @Override
    public void conference(String chatId, String agent) {
        command(new ClientMessage.Conference(newId(), chatId, agent), "conference " + chatId + " with " + agent);
    }

    private void command(ClientMessage message, String what) {
        desk.commandSent(message.id(), what);
        connection.send(message);
    }

    /** Same id as the first try, so the relay can drop a duplicate whose ack was lost with the link. */
    private void resend(PendingCommand.Send send) {
        connection.send(new ClientMessage.Send(send.id(), send.chatId(), send.text(), send.mediaId()));
    }

    private String newId() {
        return idPrefix + nextId.getAndIncrement();
    }
}
