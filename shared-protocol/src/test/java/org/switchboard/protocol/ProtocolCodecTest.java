package org.switchboard.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProtocolCodecTest {
    private static final Instant AT = Instant.parse("2026-11-25T10:15:30Z");
    private static final MessagingWindow WINDOW = new MessagingWindow(MessagingWindow.Phase.STANDARD, AT.plusSeconds(86_400));
    private static final Customer CUSTOMER = new Customer("2400123", "Ana Lopez", "1000", "Acme Support", "/media/cd34");
    private final ProtocolCodec codec = new ProtocolCodec();

    static Stream<ClientMessage> clientMessages() {
        return Stream.of(
                new ClientMessage.Login("c1", ProtocolVersion.CURRENT, "alice", "s3cret", PhoneDevice.softphone()),
                new ClientMessage.Login("c2", 1, "bob", "pw", new PhoneDevice(PhoneDevice.Kind.DESK_PHONE, "2001")),
                new ClientMessage.SetState("c3", AgentState.NOT_READY, "Lunch"),
                new ClientMessage.Accept("c4", "chat-1"),
                new ClientMessage.Reject("c5", "chat-1"),
                new ClientMessage.Send("c6", "chat-1", "Héllo / \"quoted\" 👍"),
                new ClientMessage.Send("c11", "chat-1", null, "ab12cd"),
                new ClientMessage.Typing("c9", "chat-1", true),
                new ClientMessage.MarkRead("c10", "chat-1"),
                new ClientMessage.Transfer("c12", "chat-1", "bob", null),
                new ClientMessage.Transfer("c13", "chat-1", null, "Billing"),
                new ClientMessage.Conference("c14", "chat-1", "bob"),
                new ClientMessage.EndChat("c7", "chat-1"),
                new ClientMessage.Logout("c8"));
    }

    static Stream<ServerMessage> serverMessages() {
        ChatLine line = new ChatLine("m1", ChatLine.Author.CUSTOMER, "Ana Lopez", "hi", AT, DeliveryStatus.NONE,
                List.of(new ChatAttachment(ChatAttachment.Kind.IMAGE, "/media/ab12", "photo.jpg"),
                        new ChatAttachment(ChatAttachment.Kind.LOCATION, "https://maps.google.com/?q=1,2", "Home")));
        return Stream.of(
                new ServerMessage.LoginOk(1, "c1", 1, "alice", "Alice", List.of("agent"), AgentState.NOT_READY, "tok"),
                new ServerMessage.LoginFailed(1, "c1", "wrong username or password"),
                new ServerMessage.StateChanged(2, AgentState.READY, null),
                new ServerMessage.Offer(3, "chat-1", CUSTOMER, "Support", "hi", AT, WINDOW),
                new ServerMessage.Offer(12, "chat-2", CUSTOMER, "Support", "hi", AT, WINDOW, "transfer", "alice"),
                new ServerMessage.OfferRevoked(4, "chat-1", "timeout"),
                new ServerMessage.ChatStarted(5, "chat-1", CUSTOMER, List.of(line), WINDOW),
                new ServerMessage.WindowChanged(11, "chat-1", MessagingWindow.closed()),
                new ServerMessage.ChatMessage(6, "chat-1", line),
                new ServerMessage.MessageStatus(7, "chat-1", "m2", DeliveryStatus.FAILED, "(#551) person unavailable"),
                new ServerMessage.ChatEnded(8, "chat-1", "customer left"),
                new ServerMessage.Ack(9, "c6", "m2"),
                new ServerMessage.Error(10, "c6", "window-closed", "The 7-day window closed"));
    }

    @ParameterizedTest
    @MethodSource("clientMessages")
    void clientMessagesSurviveARoundTrip(ClientMessage message) {
        assertThat(codec.decodeClient(codec.encode(message))).isEqualTo(message);
    }

    @ParameterizedTest
    @MethodSource("serverMessages")
    void serverMessagesSurviveARoundTrip(ServerMessage message) {
        assertThat(codec.decodeServer(codec.encode(message))).isEqualTo(message);
    }

    @Test
    void everyVariantHasAWireType() {
        assertThat(clientMessages().map(Object::getClass).distinct())
                .hasSize(ClientMessage.class.getPermittedSubclasses().length - 1);
        assertThat(serverMessages().map(Object::getClass).distinct())
                .hasSize(ServerMessage.class.getPermittedSubclasses().length - 1);
    }

    @Test
    void writesTheTypeFirstWithReadableTimes() {
        String json = codec.encode(new ServerMessage.Offer(3, "chat-1", CUSTOMER, "Support", "hi", AT, WINDOW));
        assertThat(json).startsWith("{\"type\":\"offer\"").contains("\"expiresAt\":\"2026-11-25T10:15:30Z\"");
    }

    @Test
    void unknownTypesAndFieldsFromNewerPeersAreTolerated() {
        assertThat(codec.decodeServer("{\"type\":\"whisper\",\"seq\":12,\"text\":\"x\"}"))
                .isEqualTo(new ServerMessage.Unknown(12, "whisper"));
        assertThat(codec.decodeClient("{\"type\":\"barge\",\"id\":\"c9\"}"))
                .isEqualTo(new ClientMessage.Unknown("c9", "barge"));
        assertThat(codec.decodeClient("{\"type\":\"accept\",\"id\":\"c4\",\"chatId\":\"x\",\"future\":true}"))
                .isEqualTo(new ClientMessage.Accept("c4", "x"));
    }

    @Test
    void malformedFramesNameWhatIsWrong() {
        assertThatThrownBy(() -> codec.decodeClient("{not json"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> codec.decodeClient("[1,2]"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> codec.decodeClient("{\"type\":\"send\",\"id\":\"c6\",\"chatId\":\"chat-1\"}"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("send c6: needs either text or a mediaId, not neither");
    }

    @Test
    void passwordsNeverAppearInToString() {
        var login = new ClientMessage.Login("c1", 1, "alice", "s3cret", null);
        assertThat(login.toString()).doesNotContain("s3cret");
        assertThat(login.phoneDevice()).isEqualTo(PhoneDevice.softphone());
    }

    @Test
    void agentsCanOnlyChooseReadyOrNotReady() {
        assertThatThrownBy(() -> new ClientMessage.SetState("c1", AgentState.BUSY, null))
                .hasMessageContaining("only choose READY or NOT_READY, not BUSY");
    }
}
