package org.switchboard.relay.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.relay.FakeClock;
import org.switchboard.relay.accounts.AccountDirectory;
import org.switchboard.relay.accounts.MessengerAccount;
import org.switchboard.relay.chat.Conversations;
import org.switchboard.relay.config.Secret;
import org.switchboard.relay.media.MediaStore;
import org.switchboard.relay.messenger.HttpGraphClient;
import org.switchboard.relay.messenger.WindowPolicy;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.Sql;
import org.switchboard.relay.store.SqliteAccountStore;
import org.switchboard.sim.FakeGraphApi;
import org.switchboard.sim.FakeGraphError;
import org.switchboard.sim.RecordedSend;

/** The outbox against the fake Graph API with a hand-moved clock: one round at a time, no sleeps. */
class OutboxSenderTest {
    private static final String PAGE = "1000001";
    private static final String PSID = "555";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;
    private final FakeClock clock = new FakeClock(NOW);
    private final List<String> events = new ArrayList<>();
    private FakeGraphApi graph;
    private Database database;
    private SqliteAccountStore accountStore;
    private AccountDirectory accounts;
    private OutboxSender sender;
    private final Conversations conversations = new Conversations();
    private final OutboxStore store = new OutboxStore();
    private long conversationId;

    @BeforeEach
    void setUp() {
        graph = FakeGraphApi.start();
        database = Database.open(dir.resolve("test.db"), false);
        accountStore = new SqliteAccountStore(database, clock);
        accountStore.save(account("token-1"));
        accounts = new AccountDirectory(accountStore);
        sender = new OutboxSender(database, store, clock, new HttpGraphClient(graph.baseUrl(), "v21.0", Duration.ofSeconds(2)),
                accounts, new WindowPolicy(), new MediaStore(dir.resolve("media"), MediaStore.DEFAULT_MAX_BYTES),
                (chat, message, status, detail) -> events.add(message + ":" + status
                + (detail == null ? "" : ":" + detail)));
        conversationId = database.write(c -> conversations.open(c, PAGE, PSID, NOW).id());
        customerWroteAt(NOW.minus(Duration.ofMinutes(5)));
    }

    @AfterEach
    void tearDown() {
        database.close();
        graph.close();
    }

    @Test
    void sendsAsResponseInsideTheWindowAndMarksTheMessageSent() {
        long id = enqueue("hello", WindowPolicy.Sender.AGENT);
        sender.sendDue();
        RecordedSend send = graph.sends().get(0);
        assertThat(send.messagingType()).isEqualTo("RESPONSE");
        assertThat(send.metadata()).isEqualTo("sb:" + id);
        assertThat(status(id)).isEqualTo("SENT");
        assertThat(events).containsExactly(id + ":SENT");
    }

    @Test
    void transientErrorsAreRetriedAfterABackoffAndTheNextMessageWaitsItsTurn() {
        graph.failNext(1, FakeGraphError.temporarySendFailure());
        long first = enqueue("first", WindowPolicy.Sender.AGENT);
        long second = enqueue("second", WindowPolicy.Sender.AGENT);
        sender.sendDue();
        assertThat(graph.sends()).isEmpty();
        sender.sendDue();
        assertThat(graph.sends()).as("nothing is due before the backoff ends").isEmpty();
        clock.advance(Duration.ofMinutes(10));
        sender.sendDue();
        sender.sendDue();
        assertThat(graph.sends()).extracting(RecordedSend::text).containsExactly("first", "second");
        assertThat(status(first)).isEqualTo("SENT");
        assertThat(status(second)).isEqualTo("SENT");
    }

    @Test
    void permanentErrorsFailTheMessageWithFacebooksReason() {
        graph.failNext(1, FakeGraphError.recipientUnavailable());
        long id = enqueue("are you there?", WindowPolicy.Sender.AGENT);
        sender.sendDue();
        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(events).singleElement().asString().startsWith(id + ":FAILED:").contains("551");
    }

    @Test
    void aDeadTokenPausesThePageUntilANewTokenIsSaved() {
        graph.failNext(1, FakeGraphError.tokenExpired());
        long id = enqueue("hello", WindowPolicy.Sender.AGENT);
        sender.sendDue();
        assertThat(accounts.byPageId(PAGE).orElseThrow().tokenStatus()).isEqualTo(MessengerAccount.TokenStatus.INVALID);
        sender.sendDue();
        assertThat(graph.sends()).isEmpty();
        assertThat(status(id)).isEqualTo("QUEUED");

        accountStore.save(account("token-2"));
        accounts.reload();
        sender.sendDue();
        assertThat(graph.sends()).singleElement().extracting(RecordedSend::accessToken).isEqualTo("token-2");
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void afterTwentyFourHoursOnlyAgentMessagesGoOutTaggedHumanAgent() {
        customerWroteAt(NOW.minus(Duration.ofDays(2)));
        long agent = enqueue("sorry for the wait", WindowPolicy.Sender.AGENT);
        long bot = enqueue("please rate us", WindowPolicy.Sender.AUTOMATION);
        sender.sendDue();
        sender.sendDue();
        assertThat(graph.sends()).singleElement().satisfies(send -> {
            assertThat(send.messagingType()).isEqualTo("MESSAGE_TAG");
            assertThat(send.tag()).isEqualTo("HUMAN_AGENT");
        });
        assertThat(status(agent)).isEqualTo("SENT");
        assertThat(status(bot)).isEqualTo("FAILED");
    }

    @Test
    void afterSevenDaysNothingIsSentAndFacebookIsNotCalled() {
        customerWroteAt(NOW.minus(Duration.ofDays(8)));
        long id = enqueue("hello again", WindowPolicy.Sender.AGENT);
        sender.sendDue();
        assertThat(graph.requests()).isEmpty();
        assertThat(status(id)).isEqualTo("FAILED");
    }

    @Test
    void anUnknownOutcomeWaitsForTheEchoInsteadOfResending() {
        graph.failNext(1, FakeGraphError.bareHttp(500));
        long id = enqueue("did this go out?", WindowPolicy.Sender.AGENT);
        sender.sendDue();
        clock.advance(Duration.ofSeconds(5));
        sender.sendDue();
        assertThat(graph.sends()).as("no blind resend while the echo may still come").isEmpty();

        boolean confirmed = database.write(c -> store.confirmByEcho(c, id, "m_echoed"));
        assertThat(confirmed).isTrue();
        clock.advance(OutboxSender.ECHO_GRACE.plusSeconds(1));
        sender.sendDue();
        assertThat(graph.sends()).isEmpty();
        assertThat(status(id)).isEqualTo("SENT");
    }

    private long enqueue(String text, WindowPolicy.Sender who) {
        return database.write(c -> {
            long id = conversations.addMessage(c, conversationId, who == WindowPolicy.Sender.AGENT ? ChatLine.Author.AGENT
                    : ChatLine.Author.SCENARIO, null, null, text, clock.instant(), DeliveryStatus.QUEUED);
            store.enqueue(c, id, PAGE, PSID, who, List.of(), clock.instant());
            return id;
        });
    }

    private void customerWroteAt(Instant at) {
        database.write(c -> Sql.update(c, "UPDATE conversations SET last_customer_message_at = ? WHERE id = ?",
                at.toEpochMilli(), conversationId));
    }

    private String status(long messageId) {
        return database.read(c -> Sql.one(c, "SELECT status FROM messages WHERE id = ?", r -> r.getString(1), messageId))
                .orElseThrow();
    }

    private static MessengerAccount account(String token) {
        return new MessengerAccount(0, "Acme", PAGE, "acme", Secret.of(token), Secret.of("app-secret"),
                Secret.of("verify"), false, null);
    }
}
