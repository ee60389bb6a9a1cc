package org.switchboard.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.switchboard.desktop.GuiTestSupport.eventually;
import static org.switchboard.desktop.GuiTestSupport.focusedFrame;
import static org.switchboard.desktop.GuiTestSupport.onEdt;
import static org.switchboard.desktop.GuiTestSupport.renderedRow;
import static org.switchboard.desktop.GuiTestSupport.transcript;

import java.awt.event.KeyEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JMenuItem;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.matcher.JLabelMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.desktop.model.TranscriptLine;
import org.switchboard.protocol.AgentState;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.Customer;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.protocol.MessagingWindow;
import org.switchboard.protocol.ServerMessage;

class DesktopChatTest extends RobotTest {
    private static final Customer ANNA = new Customer("psid-1", "Anna Smith", "page-1", "Acme Support");
    private static final Customer BEN = new Customer("psid-2", "Ben Jones", "page-1", "Acme Support");

    private FakeRelay relay;
    private DesktopApp app;
    private FrameFixture main;



    @BeforeEach
    void logIn() throws InterruptedException {
        relay = FakeRelay.start(0);
        app = GuiActionRunner.execute(() -> DesktopApp.open(new LoginDefaults(relay.url(), "alice", FakeRelay.PASSWORD)));
        focusedFrame(robot, "loginWindow").button("loginButton").click();
        main = WindowFinder.findFrame("mainWindow").withTimeout(10, TimeUnit.SECONDS).using(robot);
    }

    @AfterEach
    void closeAll() throws InterruptedException {
        GuiActionRunner.execute(app::close);
        relay.shutDown();
    }

    @Test
    void theStateToggleAsksTheRelayAndFollowsWhatItReports() {
        main.label("stateLabel").requireText("Not Ready");

        main.toggleButton("stateToggle").click();

        assertThat(relay.awaitCommand(ClientMessage.SetState.class, 0).state()).isEqualTo(AgentState.READY);
        main.toggleButton("stateToggle").requireNotSelected();
        relay.push(new ServerMessage.StateChanged(relay.seq(), AgentState.READY, null));
        eventually(() -> main.toggleButton("stateToggle").requireSelected());
        main.label("stateLabel").requireText("Ready");

        main.toggleButton("stateToggle").click();
        assertThat(relay.awaitCommand(ClientMessage.SetState.class, 1).state()).isEqualTo(AgentState.NOT_READY);
        relay.push(new ServerMessage.StateChanged(relay.seq(), AgentState.NOT_READY, "Break"));
        eventually(() -> main.label("stateLabel").requireText("Not Ready (Break)"));
        main.toggleButton("stateToggle").requireNotSelected();
    }

    @Test
    void notReadyCanBeChosenWithAReason() {
        main.button("notReadyReasonButton").click();
        main.menuItem(new GenericTypeMatcher<JMenuItem>(JMenuItem.class) {
            @Override
            protected boolean isMatching(JMenuItem item) {
                return "Lunch".equals(item.getText());
            }
        }).click();

        ClientMessage.SetState setState = relay.awaitCommand(ClientMessage.SetState.class, 0);
        assertThat(setState.state()).isEqualTo(AgentState.NOT_READY);
        assertThat(setState.reason()).isEqualTo("Lunch");
    }

    @Test
    void acceptingAnOfferSendsAcceptAndClosesThePopup() {
        relay.push(offer("chat-1", 30));

        DialogFixture popup = WindowFinder.findDialog("offerPopup").withTimeout(10, TimeUnit.SECONDS).using(robot);
        popup.label("offerCustomer").requireText("New chat from Anna Smith");
        popup.label("offerWindow").requireText("Reply window: 20 h 0 min left");
        assertThat(popup.label("offerCountdown").text()).matches("Answer within \\d+ s");
        GuiTestSupport.settled(popup.target());
        popup.button("acceptButton").click();

        assertThat(relay.awaitCommand(ClientMessage.Accept.class, 0).chatId()).isEqualTo("chat-1");
        eventually(() -> assertThat(onEdt(() -> popup.target().isShowing())).isFalse());
    }

    @Test
    void rejectingAnOfferSendsRejectAndClosesThePopup() {
        relay.push(offer("chat-1", 30));

        DialogFixture popup = WindowFinder.findDialog("offerPopup").withTimeout(10, TimeUnit.SECONDS).using(robot);
        GuiTestSupport.settled(popup.target());
        popup.button("rejectButton").click();

        assertThat(relay.awaitCommand(ClientMessage.Reject.class, 0).chatId()).isEqualTo("chat-1");
        eventually(() -> assertThat(onEdt(() -> popup.target().isShowing())).isFalse());
        assertThat(relay.commands(ClientMessage.Accept.class)).isEmpty();
    }

    @Test
    void aRevokedOfferClosesItsPopup() {
        relay.push(offer("chat-1", 30));
        DialogFixture popup = WindowFinder.findDialog("offerPopup").withTimeout(10, TimeUnit.SECONDS).using(robot);

        relay.push(new ServerMessage.OfferRevoked(relay.seq(), "chat-1", "taken by another agent"));

        eventually(() -> assertThat(onEdt(() -> popup.target().isShowing())).isFalse());
    }

    @Test
    void anUnansweredOfferClosesItsPopupWhenItExpires() {
        relay.push(offer("chat-1", 1));
        DialogFixture popup = WindowFinder.findDialog("offerPopup").withTimeout(10, TimeUnit.SECONDS).using(robot);

        eventually(() -> assertThat(onEdt(() -> popup.target().isShowing())).isFalse());
        assertThat(relay.commands(ClientMessage.Accept.class)).isEmpty();
        assertThat(relay.commands(ClientMessage.Reject.class)).isEmpty();
    }

    @Test
    void aStartedChatShowsItsTranscriptAndARepliesStatusFollowsAckAndDelivery() {
        relay.push(started("chat-1", ANNA, "Hi, my order #123 is late"));
        eventually(() -> assertThat(transcript(main)).extracting(TranscriptLine::text)
                .containsExactly("Hi, my order #123 is late"));
        main.list("chatList").requireSelection(0);
        main.panel("chatPanel").label(JLabelMatcher.withText("Anna Smith")).requireVisible();
        assertThat(relay.awaitCommand(ClientMessage.MarkRead.class, 0).chatId()).isEqualTo("chat-1");

        main.textBox("composer").enterText("Let me check");
        robot.pressKey(KeyEvent.VK_SHIFT);
        main.textBox("composer").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        robot.releaseKey(KeyEvent.VK_SHIFT);
        main.textBox("composer").enterText("one moment").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        ClientMessage.Send send = relay.awaitCommand(ClientMessage.Send.class, 0);
        assertThat(relay.commands(ClientMessage.Typing.class))
                .extracting(ClientMessage.Typing::chatId, ClientMessage.Typing::on).contains(tuple("chat-1", true));
        assertThat(send.chatId()).isEqualTo("chat-1");
        assertThat(send.text()).isEqualTo("Let me check\none moment");
        main.textBox("composer").requireText("");
        eventually(() -> assertThat(last(transcript(main)).status()).isEqualTo(DeliveryStatus.QUEUED));

        relay.push(new ServerMessage.Ack(relay.seq(), send.id(), "relay-m1"));
        eventually(() -> assertThat(last(transcript(main))).extracting(TranscriptLine::key, TranscriptLine::status)
                .containsExactly("relay-m1", DeliveryStatus.SENT));
        assertThat(renderedRow(main, "transcript", 1)).contains("Sent");

        relay.push(new ServerMessage.MessageStatus(relay.seq(), "chat-1", "relay-m1", DeliveryStatus.FAILED,
                "(#551) This person isn't available right now"));
        eventually(() -> assertThat(renderedRow(main, "transcript", 1))
                .contains("Failed: (#551) This person isn't available right now"));
    }

    @Test
    void theChatHeaderCountsDownTheMessagingWindowUntilItCloses() {
        MessagingWindow standard = new MessagingWindow(MessagingWindow.Phase.STANDARD,
                Instant.now().plus(Duration.ofHours(23).plusMinutes(30)));
        relay.push(new ServerMessage.ChatStarted(relay.seq(), "chat-1", ANNA, List.of(customerLine("m1", "Hi")), standard));

        eventually(() -> assertThat(main.label("windowLabel").text()).matches("Reply window: 23 h \\d+ min left"));

        relay.push(new ServerMessage.WindowChanged(relay.seq(), "chat-1", MessagingWindow.closed()));
        eventually(() -> assertThat(main.label("windowLabel").text()).startsWith("Messaging window closed"));
    }

    @Test
    void anErrorForASendMarksThatLineFailed() {
        relay.push(started("chat-1", ANNA, "Hello"));
        eventually(() -> assertThat(transcript(main)).hasSize(1));

        main.textBox("composer").enterText("Are you there?").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        ClientMessage.Send send = relay.awaitCommand(ClientMessage.Send.class, 0);
        relay.push(new ServerMessage.Error(relay.seq(), send.id(), "windowClosed", "The 7-day reply window is closed"));

        eventually(() -> assertThat(renderedRow(main, "transcript", 1)).contains("Failed: The 7-day reply window is closed"));
    }

    @Test
    void messagesToAnotherChatCountAsUnreadAndDraftsSurviveSwitching() {
        relay.push(started("chat-1", ANNA, "Hello"));
        relay.push(started("chat-2", BEN, "Hi there"));
        eventually(() -> assertThat(main.list("chatList").contents()).hasSize(2));
        main.textBox("composer").enterText("Half a reply");

        relay.push(new ServerMessage.ChatMessage(relay.seq(), "chat-2", customerLine("m-b2", "Anyone?")));
        eventually(() -> assertThat(renderedRow(main, "chatList", 1)).contains("Ben Jones").contains("| 1 |"));

        main.list("chatList").clickItem(1);
        eventually(() -> assertThat(transcript(main)).extracting(TranscriptLine::text).containsExactly("Hi there", "Anyone?"));
        main.textBox("composer").requireText("");
        assertThat(renderedRow(main, "chatList", 1)).doesNotContain("| 1 |");

        main.list("chatList").clickItem(0);
        main.textBox("composer").requireText("Half a reply");
    }

    @Test
    void anEndedChatDisablesTheComposerAndCanBeClosed() {
        relay.push(started("chat-1", ANNA, "Hello"));
        eventually(() -> assertThat(transcript(main)).hasSize(1));
        main.button("endChatButton").click();
        assertThat(relay.awaitCommand(ClientMessage.EndChat.class, 0).chatId()).isEqualTo("chat-1");

        relay.push(new ServerMessage.ChatEnded(relay.seq(), "chat-1", "ended by agent"));

        eventually(() -> main.label("chatEndedLabel").requireText("Chat ended (ended by agent)"));
        main.textBox("composer").requireDisabled();
        main.button("transferButton").requireDisabled();
        main.button("conferenceButton").requireDisabled();
        main.button("endChatButton").requireText("Close").click();
        eventually(() -> assertThat(main.list("chatList").contents()).isEmpty());
    }

    @Test
    void aLostConnectionShowsAndTheDesktopLogsInAgainWithoutLosingAReply() throws InterruptedException {
        relay.push(started("chat-1", ANNA, "Hello"));
        eventually(() -> assertThat(transcript(main)).hasSize(1));
        main.label("connectionStatus").requireText("Connected to ws://127.0.0.1:" + relay.getPort() + "/agent/ws");
        int port = relay.getPort();

        relay.shutDown();
        eventually(() -> assertThat(main.label("connectionStatus").text()).startsWith("Connection lost"));
        main.toggleButton("stateToggle").requireDisabled();
        main.textBox("composer").enterText("Typed while offline").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        main.textBox("composer").enterText("draft kept");

        relay = FakeRelay.start(port);
        relay.awaitCommand(ClientMessage.Login.class, 0);
        eventually(() -> assertThat(main.label("connectionStatus").text()).startsWith("Connected"));
        main.toggleButton("stateToggle").requireEnabled();
        assertThat(relay.awaitCommand(ClientMessage.Send.class, 0).text()).isEqualTo("Typed while offline");
        main.textBox("composer").requireText("draft kept");
    }

    @Test
    void transferSendsTheAgentTypedAndAFailureShowsInTheStatusBar() {
        relay.push(started("chat-1", ANNA, "Hello"));
        eventually(() -> main.button("transferButton").requireEnabled());

        main.button("transferButton").click();
        DialogFixture dialog = WindowFinder.findDialog("transferDialog").withTimeout(10, TimeUnit.SECONDS).using(robot);
        dialog.radioButton("transferToAgent").requireSelected();
        dialog.textBox("transferTarget").enterText("bob");
        dialog.button("transferOk").click();

        ClientMessage.Transfer transfer = relay.awaitCommand(ClientMessage.Transfer.class, 0);
        assertThat(transfer).extracting(ClientMessage.Transfer::chatId, ClientMessage.Transfer::toAgent,
                ClientMessage.Transfer::toService).containsExactly("chat-1", "bob", null);
        relay.push(new ServerMessage.Ack(relay.seq(), transfer.id(), null));
        relay.push(new ServerMessage.Error(relay.seq(), null, "transfer-failed", "Chat chat-1 was not handed to bob: not ready"));
        eventually(() -> main.label("statusNotice").requireText("Transfer failed: Chat chat-1 was not handed to bob: not ready"));
    }

    @Test
    void conferenceInvitesTheAgentTyped() {
        relay.push(started("chat-1", ANNA, "Hello"));
        eventually(() -> main.button("conferenceButton").requireEnabled());

        main.button("conferenceButton").click();
        DialogFixture dialog = WindowFinder.findDialog("conferenceDialog").withTimeout(10, TimeUnit.SECONDS).using(robot);
        dialog.button("conferenceOk").requireDisabled();
        dialog.textBox("conferenceTarget").enterText("carol");
        dialog.button("conferenceOk").click();

        assertThat(relay.awaitCommand(ClientMessage.Conference.class, 0))
                .extracting(ClientMessage.Conference::chatId, ClientMessage.Conference::agent).containsExactly("chat-1", "carol");
    }

    @Test
    void anOfferHandedOnByAnotherAgentSaysWhoFrom() {
        ServerMessage.Offer queued = offer("chat-1", 30);
        relay.push(new ServerMessage.Offer(queued.seq(), queued.chatId(), queued.customer(), queued.service(),
                queued.preview(), queued.expiresAt(), queued.window(), "transfer", "alice"));

        DialogFixture popup = WindowFinder.findDialog("offerPopup").withTimeout(10, TimeUnit.SECONDS).using(robot);
        popup.label("offerCustomer").requireText("Transfer from alice");
        popup.label("offerHandedOnCustomer").requireText("Customer: Anna Smith");
    }

    private static TranscriptLine last(List<TranscriptLine> lines) {
        return lines.get(lines.size() - 1);
    }

    private ServerMessage.Offer offer(String chatId, int seconds) {
        return new ServerMessage.Offer(relay.seq(), chatId, ANNA, "Support", "Hi, my order #123 is late",
                Instant.now().plusSeconds(seconds),
                new MessagingWindow(MessagingWindow.Phase.STANDARD, Instant.now().plus(Duration.ofHours(20)).plusSeconds(30)));
    }

    private ServerMessage.ChatStarted started(String chatId, Customer customer, String firstLine) {
        return new ServerMessage.ChatStarted(relay.seq(), chatId, customer,
                List.of(customerLine("m-" + chatId, firstLine)), null);
    }

    private static ChatLine customerLine(String id, String text) {
        return new ChatLine(id, ChatLine.Author.CUSTOMER, null, text, Instant.now(), DeliveryStatus.NONE);
    }
}
