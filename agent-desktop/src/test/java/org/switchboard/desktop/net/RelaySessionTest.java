package org.switchboard.desktop.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.desktop.model.Desk;
import org.switchboard.desktop.model.Link;
import org.switchboard.desktop.model.TranscriptLine;
import org.switchboard.desktop.model.TransferTarget;
import org.switchboard.protocol.AgentState;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.Customer;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.protocol.PhoneDevice;
import org.switchboard.protocol.ServerMessage;

class RelaySessionTest {
    private final RecordingLink link = new RecordingLink();
    private final Desk desk = new Desk(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    private final Credentials credentials = new Credentials("alice", "pw", new PhoneDevice(PhoneDevice.Kind.DESK_PHONE, "4711"));
    private final RelaySession session = new RelaySession(credentials, link, desk, Runnable::run);

    @Test
    void logsInWithTheCredentialsEachTimeTheLinkOpens() {
        session.start();
        session.opened();

        ClientMessage.Login login = (ClientMessage.Login) link.sent.get(0);
        assertThat(login.username()).isEqualTo("alice");
        assertThat(login.password()).isEqualTo("pw");
        assertThat(login.phoneDevice()).isEqualTo(new PhoneDevice(PhoneDevice.Kind.DESK_PHONE, "4711"));
        assertThat(desk.agent().link()).isEqualTo(Link.CONNECTING);

        session.received(loginOk(login.id()));
        assertThat(link.keptAlive).isTrue();
        assertThat(desk.agent().link()).isEqualTo(Link.LOGGED_IN);
    }

    @Test
    void aRefusedLoginClosesTheLink() {
        session.start();
        session.opened();

        session.received(new ServerMessage.LoginFailed(1, link.sent.get(0).id(), "Wrong username or password"));

        assertThat(link.closed).isTrue();
        assertThat(desk.agent().link()).isEqualTo(Link.REFUSED);
    }

    @Test
    void aLinkThatNeverLoggedInIsUnreachableAndOneThatDidGaveUp() {
        session.start();
        session.failed("Connection refused");
        assertThat(desk.agent().link()).isEqualTo(Link.UNREACHABLE);
        assertThat(desk.agent().linkDetail()).isEqualTo("Connection refused");

        session.opened();
        session.received(loginOk(link.sent.get(0).id()));
        session.failed("Connection reset");
        assertThat(desk.agent().link()).isEqualTo(Link.GAVE_UP);
    }

    @Test
    void aLostLinkSaysWhyAndWhenTheNextTryIs() {
        session.lost("Connection reset", Duration.ofMillis(2_400));

        assertThat(desk.agent().link()).isEqualTo(Link.RECONNECTING);
        assertThat(desk.agent().linkDetail()).isEqualTo("Connection reset");
        assertThat(desk.agent().retryAt()).isEqualTo(Instant.parse("2026-11-25T10:00:02.400Z"));
    }

    @Test
    void everyCommandGetsItsOwnId() {
        session.setReady(true);
        session.accept("chat-1");
        session.reject("chat-2");
        session.endChat("chat-1");
        session.setNotReady("Lunch");
        session.typing("chat-1", true);
        session.markRead("chat-1");

        assertThat(link.sent).extracting(ClientMessage::id).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(link.sent.get(0)).isEqualTo(new ClientMessage.SetState(link.sent.get(0).id(), AgentState.READY, null));
        assertThat(link.sent.get(3)).isInstanceOf(ClientMessage.EndChat.class);
        assertThat(link.sent.get(4)).isEqualTo(new ClientMessage.SetState(link.sent.get(4).id(), AgentState.NOT_READY, "Lunch"));
        assertThat(link.sent.get(5)).isEqualTo(new ClientMessage.Typing(link.sent.get(5).id(), "chat-1", true));
        assertThat(link.sent.get(6)).isEqualTo(new ClientMessage.MarkRead(link.sent.get(6).id(), "chat-1"));
    }

    @Test
    void unacknowledgedRepliesAreSentAgainWithTheSameIdAfterReLogin() {
        session.start();
        session.opened();
        session.received(loginOk(link.sent.get(0).id()));
        session.received(new ServerMessage.ChatStarted(2, "chat-1", new Customer("psid-1", "Anna", "page-1", "Acme"), List.of(), null));
        session.send("chat-1", "acked");
        session.send("chat-1", "lost with the link");
        ClientMessage.Send acked = (ClientMessage.Send) link.sent.get(1);
        ClientMessage.Send unacked = (ClientMessage.Send) link.sent.get(2);
        session.received(new ServerMessage.Ack(3, acked.id(), "relay-m1"));

        session.lost("Connection reset", Duration.ofSeconds(1));
        session.opened();
        session.received(loginOk(link.sent.get(3).id()));

        assertThat(link.sent.get(4)).isEqualTo(unacked);
        assertThat(link.sent).hasSize(5);
        assertThat(desk.chats().chat("chat-1").orElseThrow().lines())
                .extracting(TranscriptLine::status)
                .containsExactly(DeliveryStatus.SENT, DeliveryStatus.QUEUED);
    }

    @Test
    void aFileGoesOutByItsMediaIdShowsAtOnceAndIsSentAgainAfterReLogin() {
        session.start();
        session.opened();
        session.received(loginOk(link.sent.get(0).id()));
        session.received(new ServerMessage.ChatStarted(2, "chat-1", new Customer("psid-1", "Anna", "page-1", "Acme"), List.of(), null));
        ChatAttachment invoice = new ChatAttachment(ChatAttachment.Kind.FILE, "/media/" + "a".repeat(64), "invoice.pdf");

        session.sendMedia("chat-1", "a".repeat(64), invoice);

        ClientMessage.Send send = (ClientMessage.Send) link.sent.get(1);
        assertThat(send.mediaId()).isEqualTo("a".repeat(64));
        assertThat(send.text()).isNull();
        assertThat(desk.chats().chat("chat-1").orElseThrow().lines()).singleElement().satisfies(line -> {
            assertThat(line.attachments()).containsExactly(invoice);
            assertThat(line.status()).isEqualTo(DeliveryStatus.QUEUED);
        });
        session.lost("Connection reset", Duration.ofSeconds(1));
        session.opened();
        session.received(loginOk(link.sent.get(2).id()));
        assertThat(link.sent.get(3)).isEqualTo(send);
    }

    @Test
    void transferAndConferenceGoOutWithTheirOwnIdsAndWaitForTheirAck() {
        session.transfer("chat-1", TransferTarget.agent("bob"));
        session.transfer("chat-2", TransferTarget.service("Billing"));
        session.conference("chat-1", "carol");

        assertThat(link.sent).extracting(ClientMessage::id).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(link.sent).containsExactly(
                new ClientMessage.Transfer(link.sent.get(0).id(), "chat-1", "bob", null),
                new ClientMessage.Transfer(link.sent.get(1).id(), "chat-2", null, "Billing"),
                new ClientMessage.Conference(link.sent.get(2).id(), "chat-1", "carol"));
        assertThat(desk.pending()).containsOnlyKeys(link.sent.get(0).id(), link.sent.get(1).id(), link.sent.get(2).id());

        session.received(new ServerMessage.Ack(5, link.sent.get(0).id(), null));
        session.received(new ServerMessage.Error(6, link.sent.get(2).id(), "unknown-agent", "No agent carol"));

        assertThat(desk.pending()).containsOnlyKeys(link.sent.get(1).id());
        assertThat(desk.agent().notice()).isEqualTo("No agent carol");
    }

    private static ServerMessage.LoginOk loginOk(String replyTo) {
        return new ServerMessage.LoginOk(1, replyTo, 1, "alice", "Alice", List.of("agent"), AgentState.NOT_READY);
    }

    /** Records what the session does with its link; nothing goes over a socket. */
    private static final class RecordingLink implements RelayLink {
        final List<ClientMessage> sent = new ArrayList<>();
        boolean keptAlive;
        boolean closed;

        @Override
        public void open(Listener listener) {
        }

        @Override
        public void keepAlive() {
            keptAlive = true;
        }

        @Override
        public void send(ClientMessage message) {
            sent.add(message);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
