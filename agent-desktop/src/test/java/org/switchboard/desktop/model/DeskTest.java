package org.switchboard.desktop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.AgentState;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.Customer;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.protocol.MessagingWindow;
import org.switchboard.protocol.ServerMessage;

class DeskTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Customer ANNA = new Customer("psid-1", "Anna Smith", "page-1", "Acme Support");

    private final Desk desk = new Desk(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void loginOkSetsTheAgentAndTheLink() {
        desk.loginSent("c1");
        desk.apply(new ServerMessage.LoginOk(1, "c1", 1, "alice", "Alice A.", List.of("agent"), AgentState.NOT_READY));

        assertThat(desk.agent().link()).isEqualTo(Link.LOGGED_IN);
        assertThat(desk.agent().displayName()).isEqualTo("Alice A.");
        assertThat(desk.agent().state()).isEqualTo(AgentState.NOT_READY);
    }

    @Test
    void loginFailedKeepsTheRelaysReason() {
        desk.loginSent("c1");
        desk.apply(new ServerMessage.LoginFailed(1, "c1", "Wrong username or password"));

        assertThat(desk.agent().link()).isEqualTo(Link.REFUSED);
        assertThat(desk.agent().linkDetail()).isEqualTo("Wrong username or password");
    }

    @Test
    void anErrorToTheLoginIsARefusal() {
        desk.loginSent("c1");
        desk.apply(new ServerMessage.Error(1, "c1", "version", "Desktop too old"));

        assertThat(desk.agent().link()).isEqualTo(Link.REFUSED);
        assertThat(desk.agent().linkDetail()).isEqualTo("Desktop too old");
    }

    @Test
    void stateFollowsTheRelay() {
        desk.apply(new ServerMessage.StateChanged(2, AgentState.READY, null));

        assertThat(desk.agent().state()).isEqualTo(AgentState.READY);
    }

    @Test
    void anOfferIsRemovedWhenRevokedOrWhenItsChatStarts() {
        desk.apply(offer("chat-1"));
        desk.apply(offer("chat-2"));
        desk.apply(new ServerMessage.OfferRevoked(3, "chat-1", "timeout"));
        assertThat(desk.offers().offers()).extracting(ServerMessage.Offer::chatId).containsExactly("chat-2");

        desk.apply(started("chat-2"));
        assertThat(desk.offers().offers()).isEmpty();
        assertThat(desk.chats().chats()).extracting(Chat::chatId).containsExactly("chat-2");
    }

    @Test
    void theFirstChatIsSelectedAndItsTranscriptShown() {
        desk.apply(started("chat-1"));

        Chat chat = desk.chats().selected().orElseThrow();
        assertThat(chat.customer()).isEqualTo(ANNA);
        assertThat(chat.lines()).extracting(TranscriptLine::text).containsExactly("Hi, my order is late");
    }

    @Test
    void customerLinesOfAnUnselectedChatCountAsUnreadUntilSelected() {
        desk.apply(started("chat-1"));
        desk.apply(started("chat-2"));
        desk.apply(new ServerMessage.ChatMessage(5, "chat-2", customerLine("m7", "Hello?")));
        desk.apply(new ServerMessage.ChatMessage(6, "chat-2", customerLine("m8", "Anyone?")));
        desk.apply(new ServerMessage.ChatMessage(7, "chat-1", customerLine("m9", "Thanks")));

        assertThat(desk.chats().chat("chat-2").orElseThrow().unread()).isEqualTo(2);
        assertThat(desk.chats().chat("chat-1").orElseThrow().unread()).isZero();

        desk.chats().select("chat-2");
        assertThat(desk.chats().chat("chat-2").orElseThrow().unread()).isZero();
    }

    @Test
    void aSentReplyIsQueuedThenSentOnAckThenFollowsItsStatus() {
        desk.apply(started("chat-1"));
        desk.sending("c9", "chat-1", "Let me check");
        assertThat(lastLine("chat-1")).extracting(TranscriptLine::key, TranscriptLine::status, TranscriptLine::author)
                .containsExactly("c9", DeliveryStatus.QUEUED, ChatLine.Author.AGENT);

        desk.apply(new ServerMessage.Ack(8, "c9", "relay-m1"));
        assertThat(lastLine("chat-1")).extracting(TranscriptLine::key, TranscriptLine::status)
                .containsExactly("relay-m1", DeliveryStatus.SENT);

        desk.apply(new ServerMessage.MessageStatus(9, "chat-1", "relay-m1", DeliveryStatus.READ, null));
        assertThat(lastLine("chat-1").status()).isEqualTo(DeliveryStatus.READ);
        assertThat(desk.unacknowledgedSends()).isEmpty();
    }

    @Test
    void aFailedDeliveryKeepsItsReason() {
        desk.apply(started("chat-1"));
        desk.sending("c9", "chat-1", "Let me check");
        desk.apply(new ServerMessage.Ack(8, "c9", "relay-m1"));
        desk.apply(new ServerMessage.MessageStatus(9, "chat-1", "relay-m1", DeliveryStatus.FAILED,
                "(#551) This person isn't available right now"));

        assertThat(lastLine("chat-1")).extracting(TranscriptLine::status, TranscriptLine::detail)
                .containsExactly(DeliveryStatus.FAILED, "(#551) This person isn't available right now");
    }

    @Test
    void anErrorForASendMarksThatLineFailedAndOtherErrorsBecomeANotice() {
        desk.apply(started("chat-1"));
        desk.sending("c9", "chat-1", "Hello");
        desk.commandSent("c10", "setState READY");

        desk.apply(new ServerMessage.Error(10, "c9", "windowClosed", "The 7-day window is closed"));
        desk.apply(new ServerMessage.Error(11, "c10", "busy", "Finish your chats first"));

        assertThat(lastLine("chat-1")).extracting(TranscriptLine::status, TranscriptLine::detail)
                .containsExactly(DeliveryStatus.FAILED, "The 7-day window is closed");
        assertThat(desk.agent().notice()).isEqualTo("Finish your chats first");
    }

    @Test
    void aFailedTransferBecomesANoticeWithItsCodeAndTheChatStays() {
        desk.apply(started("chat-1"));
        desk.commandSent("c12", "transfer chat-1 to AGENT bob");
        desk.apply(new ServerMessage.Ack(12, "c12", null));
        assertThat(desk.pending()).isEmpty();

        desk.apply(new ServerMessage.Error(13, null, "transfer-failed", "Chat chat-1 was not handed to bob: not ready"));

        assertThat(desk.agent().noticeCode()).isEqualTo("transfer-failed");
        assertThat(desk.agent().notice()).isEqualTo("Chat chat-1 was not handed to bob: not ready");
        assertThat(desk.chats().chat("chat-1").orElseThrow().ended()).isFalse();
    }

    @Test
    void aTransferredChatEndsWithThatReason() {
        desk.apply(started("chat-1"));

        desk.apply(new ServerMessage.ChatEnded(14, "chat-1", "transferred"));

        Chat chat = desk.chats().chat("chat-1").orElseThrow();
        assertThat(chat.ended()).isTrue();
        assertThat(chat.endedReason()).isEqualTo("transferred");
    }

    @Test
    void unacknowledgedSendsSurviveALostLinkForTheirReplay() {
        desk.apply(started("chat-1"));
        desk.sending("c9", "chat-1", "first");
        desk.commandSent("c10", "endChat chat-1");
        desk.sending("c11", "chat-1", "second");

        desk.reconnecting("Connection reset", Duration.ofSeconds(2));

        assertThat(desk.unacknowledgedSends()).extracting(PendingCommand.Send::id, PendingCommand.Send::text)
                .containsExactly(tuple("c9", "first"),
                        tuple("c11", "second"));
    }

    @Test
    void anEchoOfOurOwnLineReplacesItInsteadOfDuplicating() {
        desk.apply(started("chat-1"));
        desk.sending("c9", "chat-1", "Hello");
        desk.apply(new ServerMessage.Ack(8, "c9", "relay-m1"));
        desk.apply(new ServerMessage.ChatMessage(9, "chat-1", new ChatLine("relay-m1", ChatLine.Author.AGENT, "Alice",
                "Hello", NOW, DeliveryStatus.DELIVERED)));

        assertThat(desk.chats().chat("chat-1").orElseThrow().lines()).hasSize(2);
        assertThat(lastLine("chat-1").status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void anEndedChatStaysUntilClosedAndDraftsAreKeptPerChat() {
        List<String> events = new ArrayList<>();
        desk.chats().addListener(new ChatsModel.Listener() {
            @Override
            public void chatsChanged() {
                events.add("list");
            }
        });
        desk.apply(started("chat-1"));
        desk.apply(started("chat-2"));
        desk.chats().saveDraft("chat-1", "half a reply");
        desk.apply(new ServerMessage.ChatEnded(9, "chat-2", "customer left"));

        Chat ended = desk.chats().chat("chat-2").orElseThrow();
        assertThat(ended.ended()).isTrue();
        assertThat(ended.endedReason()).isEqualTo("customer left");
        assertThat(desk.chats().chat("chat-1").orElseThrow().draft()).isEqualTo("half a reply");

        desk.chats().remove("chat-2");
        assertThat(desk.chats().chats()).extracting(Chat::chatId).containsExactly("chat-1");
        assertThat(events).containsExactly("list", "list", "list");
    }

    @Test
    void removingTheSelectedChatSelectsTheNextOne() {
        desk.apply(started("chat-1"));
        desk.apply(started("chat-2"));
        desk.chats().remove("chat-1");

        assertThat(desk.chats().selected()).map(Chat::chatId).contains("chat-2");
        desk.chats().remove("chat-2");
        assertThat(desk.chats().selected()).isEmpty();
    }

    @Test
    void theMessagingWindowComesWithTheChatAndMovesWhenTheCustomerWrites() {
        MessagingWindow standard = new MessagingWindow(MessagingWindow.Phase.STANDARD, NOW.plusSeconds(86_400));
        desk.apply(new ServerMessage.ChatStarted(2, "chat-1", ANNA, List.of(), standard));
        assertThat(desk.chats().chat("chat-1").orElseThrow().window()).isEqualTo(standard);

        MessagingWindow humanAgent = new MessagingWindow(MessagingWindow.Phase.HUMAN_AGENT, NOW.plusSeconds(600_000));
        desk.apply(new ServerMessage.WindowChanged(3, "chat-1", humanAgent));
        assertThat(desk.chats().chat("chat-1").orElseThrow().window()).isEqualTo(humanAgent);
    }

    @Test
    void unknownMessagesChangeNothing() {
        desk.apply(new ServerMessage.Unknown(4, "typing"));

        assertThat(desk.chats().chats()).isEmpty();
        assertThat(desk.agent().notice()).isNull();
    }

    @Test
    void finalLinesGoToTheJournalAndARepliesOnlyOnceAcknowledged() {
        List<String> journal = new ArrayList<>();
        Desk recording = new Desk(Clock.fixed(NOW, ZoneOffset.UTC), (chatId, customer, lines) ->
                lines.forEach(line -> journal.add(chatId + "/" + customer.displayName() + "/" + line.key() + "/" + line.text())));
        ChatAttachment photo = new ChatAttachment(ChatAttachment.Kind.IMAGE, "/media/" + "b".repeat(64), "photo.jpg");

        recording.apply(started("chat-1"));
        recording.apply(new ServerMessage.ChatMessage(3, "chat-1", new ChatLine("m2", ChatLine.Author.CUSTOMER, "Anna Smith",
                "", NOW, DeliveryStatus.NONE, List.of(photo))));
        recording.sending("c7", "chat-1", "Thanks for the photo");
        assertThat(journal).hasSize(2);
        recording.apply(new ServerMessage.Ack(4, "c7", "relay-m3"));
        recording.sending("c8", "chat-1", "refused");
        recording.apply(new ServerMessage.Error(5, "c8", "windowClosed", "closed"));

        assertThat(journal).containsExactly("chat-1/Anna Smith/m-chat-1/Hi, my order is late", "chat-1/Anna Smith/m2/",
                "chat-1/Anna Smith/relay-m3/Thanks for the photo");
        assertThat(recording.chats().chat("chat-1").orElseThrow().line("m2").orElseThrow().attachments()).containsExactly(photo);
    }

    @Test
    void theMediaTokenComesWithTheLogin() {
        desk.loginSent("c1");
        desk.apply(new ServerMessage.LoginOk(1, "c1", 1, "alice", "Alice", List.of(), AgentState.NOT_READY, "tok-1"));

        assertThat(desk.agent().mediaToken()).isEqualTo("tok-1");
    }

    private TranscriptLine lastLine(String chatId) {
        List<TranscriptLine> lines = desk.chats().chat(chatId).orElseThrow().lines();
        return lines.get(lines.size() - 1);
    }

    private static ServerMessage.Offer offer(String chatId) {
        return new ServerMessage.Offer(1, chatId, ANNA, "Support", "Hi, my order is late", NOW.plusSeconds(10), null);
    }

    private static ServerMessage.ChatStarted started(String chatId) {
        return new ServerMessage.ChatStarted(2, chatId, ANNA, List.of(customerLine("m-" + chatId, "Hi, my order is late")), null);
    }

    private static ChatLine customerLine(String id, String text) {
        return new ChatLine(id, ChatLine.Author.CUSTOMER, "Anna Smith", text, NOW, DeliveryStatus.NONE);
    }
}
