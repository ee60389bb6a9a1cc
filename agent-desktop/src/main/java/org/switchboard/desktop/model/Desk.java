package org.switchboard.desktop.model;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.protocol.ServerMessage;

/**
 * The desktop's presentation model: applies what the relay says to the agent, chats and offers, and
 * pairs each ack or error with the command it answers. Pure and confined to the EDT, so it is tested
 * without Swing or sockets.
 */
public final class Desk {
    private static final Logger LOG = LoggerFactory.getLogger(Desk.class);

    private final Clock clock;
    private final TranscriptJournal journal;
    private final AgentModel agent = new AgentModel();
    private final ChatsModel chats = new ChatsModel();
    private final OffersModel offers = new OffersModel();
    private final Map<String, PendingCommand> pending = new LinkedHashMap<>();

    public Desk(Clock clock) {
        this(clock, TranscriptJournal.NONE);
    }

    public Desk(Clock clock, TranscriptJournal journal) {
        this.clock = clock;
        this.journal = journal;
    }

    public AgentModel agent() {
        return agent;
    }

    public ChatsModel chats() {
        return chats;
    }

    public OffersModel offers() {
        return offers;
    }

    public void apply(ServerMessage message) {
        if (message instanceof ServerMessage.LoginOk ok) {
            pending.values().removeIf(PendingCommand.Login.class::isInstance);
            agent.loggedIn(ok.username(), ok.displayName(), ok.state(), ok.mediaToken());
        } else if (message instanceof ServerMessage.LoginFailed failed) {
            pending.values().removeIf(PendingCommand.Login.class::isInstance);
            agent.link(Link.REFUSED, failed.reason(), null);
        } else if (message instanceof ServerMessage.StateChanged changed) {
            agent.state(changed.state(), changed.reason());
        } else if (message instanceof ServerMessage.Offer offer) {
            offers.add(offer);
        } else if (message instanceof ServerMessage.OfferRevoked revoked) {
            offers.remove(revoked.chatId());
        } else if (message instanceof ServerMessage.ChatStarted started) {
            offers.remove(started.chatId());
            List<TranscriptLine> transcript = started.transcript().stream().map(TranscriptLine::from).toList();
            chats.start(started.chatId(), started.customer(), transcript, started.window());
            journal.record(started.chatId(), started.customer(), transcript);
        } else if (message instanceof ServerMessage.ChatMessage line) {
            TranscriptLine received = TranscriptLine.from(line.line());
            chats.append(line.chatId(), received, line.line().author() != ChatLine.Author.AGENT);
            chats.chat(line.chatId()).ifPresent(chat -> journal.record(chat.chatId(), chat.customer(), List.of(received)));
        } else if (message instanceof ServerMessage.MessageStatus status) {
            chats.updateStatus(status.chatId(), status.messageId(), status.status(), status.detail());
        } else if (message instanceof ServerMessage.WindowChanged changed) {
            chats.window(changed.chatId(), changed.window());
        } else if (message instanceof ServerMessage.ChatEnded ended) {
            chats.end(ended.chatId(), ended.reason());
        } else if (message instanceof ServerMessage.Ack ack) {
            acknowledged(ack);
        } else if (message instanceof ServerMessage.Error error) {
            failed(error);
        } else {
            LOG.debug("ignoring server message {}", message);
        }
    }

    /** A login frame went out on a fresh connection. */
    public void loginSent(String id) {
        pending.values().removeIf(PendingCommand.Login.class::isInstance);
        pending.put(id, new PendingCommand.Login());
        agent.link(Link.CONNECTING, null, null);
    }

    /** The agent's reply shows at once as queued, keyed by the command id until the relay acks it. */
    public void sending(String id, String chatId, String text) {
        pending.put(id, new PendingCommand.Send(id, chatId, text, null));
        chats.append(chatId, new TranscriptLine(id, ChatLine.Author.AGENT, agent.displayName(), text, clock.instant(),
                DeliveryStatus.QUEUED, null), false);
    }

    /** An uploaded file goes out as {@code mediaId}; the agent's line shows {@code attachment} at once, queued. */
    public void sendingMedia(String id, String chatId, String mediaId, ChatAttachment attachment) {
        pending.put(id, new PendingCommand.Send(id, chatId, null, mediaId));
        chats.append(chatId, new TranscriptLine(id, ChatLine.Author.AGENT, agent.displayName(), "", clock.instant(),
                DeliveryStatus.QUEUED, null, List.of(attachment)), false);
    }

    public void commandSent(String id, String what) {
        pending.put(id, new PendingCommand.Other(what));
    }

    /** Commands sent and not yet answered by ack or error, by client id, oldest first. */
    public Map<String, PendingCommand> pending() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(pending));
    }

    /** Replies not yet acknowledged, oldest first; sent again after a re-login. */
    public List<PendingCommand.Send> unacknowledgedSends() {
        return pending.values().stream()
                .filter(PendingCommand.Send.class::isInstance)
                .map(PendingCommand.Send.class::cast)
                .toList();
    }

    /** The link is down for good or not yet up; {@code detail} is the error. Only replies stay pending. */
    public void linkChanged(Link link, String detail) {
        if (link == Link.LOGGED_IN || link == Link.RECONNECTING) {
            throw new IllegalArgumentException("desk: link " + link + " comes from loginOk or reconnecting(), not linkChanged");
        }
        pending.values().removeIf(p -> !(p instanceof PendingCommand.Send));
        agent.link(link, detail, null);
    }

    /** The link dropped after a login; the next try is {@code retryIn} from now. Only replies stay pending. */
    public void reconnecting(String reason, Duration retryIn) {
        pending.values().removeIf(p -> !(p instanceof PendingCommand.Send));
        agent.link(Link.RECONNECTING, reason, clock.instant().plus(retryIn));
    }

    private void acknowledged(ServerMessage.Ack ack) {
        PendingCommand command = pending.remove(ack.replyTo());
        if (command instanceof PendingCommand.Send send) {
            String relayId = ack.messageId() == null || ack.messageId().isBlank() ? send.id() : ack.messageId();
            chats.rekey(send.chatId(), send.id(), relayId);
            chats.chat(send.chatId()).ifPresent(chat -> chat.line(relayId)
                    .ifPresent(line -> journal.record(chat.chatId(), chat.customer(), List.of(line))));
        } else if (command == null) {
            LOG.debug("ack {} matches no pending command", ack.replyTo());
        }
    }

    private void failed(ServerMessage.Error error) {
        PendingCommand command = error.replyTo() == null ? null : pending.remove(error.replyTo());
        if (command instanceof PendingCommand.Send send) {
            chats.updateStatus(send.chatId(), send.id(), DeliveryStatus.FAILED, error.message());
        } else if (command instanceof PendingCommand.Login) {
            agent.link(Link.REFUSED, error.message(), null);
        } else {
            LOG.info("relay error {} for command {}", error.code(), error.replyTo());
            agent.notice(error.code(), error.message());
        }
    }
}
