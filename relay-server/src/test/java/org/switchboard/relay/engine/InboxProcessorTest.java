package org.switchboard.relay.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.sim.MessengerEvents.delivery;
import static org.switchboard.sim.MessengerEvents.echo;
import static org.switchboard.sim.MessengerEvents.entry;
import static org.switchboard.sim.MessengerEvents.envelope;
import static org.switchboard.sim.MessengerEvents.image;
import static org.switchboard.sim.MessengerEvents.location;
import static org.switchboard.sim.MessengerEvents.messageEdit;
import static org.switchboard.sim.MessengerEvents.optinUserRef;
import static org.switchboard.sim.MessengerEvents.passThreadControl;
import static org.switchboard.sim.MessengerEvents.policyEnforcement;
import static org.switchboard.sim.MessengerEvents.postback;
import static org.switchboard.sim.MessengerEvents.reaction;
import static org.switchboard.sim.MessengerEvents.read;
import static org.switchboard.sim.MessengerEvents.referral;
import static org.switchboard.sim.MessengerEvents.standbyEntry;
import static org.switchboard.sim.MessengerEvents.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.relay.chat.Conversations;
import org.switchboard.relay.messenger.MessengerEvent;
import org.switchboard.relay.messenger.WebhookParser;
import org.switchboard.relay.messenger.WindowPolicy;
import org.switchboard.relay.outbox.OutboxStore;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.Sql;

/** What each kind of webhook event does to conversations and messages, on a real SQLite file. */
class InboxProcessorTest {
    private static final String PAGE = "1000001";
    private static final String PSID = "u1";
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;
    private Database database;
    private final Conversations conversations = new Conversations();
    private final OutboxStore outbox = new OutboxStore();
    private final InboxProcessor processor = new InboxProcessor(conversations, outbox);
    private final WebhookParser parser = new WebhookParser();

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("t.db"), false);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aFirstMessageOpensAConversationAndLaterOnesJoinIt() {
        var first = (InboxOutcome.CustomerLine) apply(text(PAGE, PSID, "m1", "hello", T0));
        var second = (InboxOutcome.CustomerLine) apply(text(PAGE, PSID, "m2", "anyone?", T0.plusSeconds(5)));
        assertThat(first.opened()).isTrue();
        assertThat(second.opened()).isFalse();
        assertThat(second.conversation().id()).isEqualTo(first.conversation().id());
        assertThat(second.conversation().lastCustomerMessageAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(second.line().text()).isEqualTo("anyone?");
    }

    @Test
    void aRedeliveredMessageAddsNothing() {
        apply(text(PAGE, PSID, "m1", "hello", T0));
        assertThat(apply(text(PAGE, PSID, "m1", "hello", T0))).isInstanceOf(InboxOutcome.Recorded.class);
        assertThat(count("SELECT COUNT(*) FROM messages")).isEqualTo(1);
    }

    @Test
    void filesAreQueuedForDownloadAndPlacesBecomeMapLinks() {
        var picture = (InboxOutcome.CustomerLine) apply(image(PAGE, PSID, "m1", "https://cdn.example/p.jpg", T0));
        assertThat(picture.downloads()).singleElement().extracting(d -> d.url()).isEqualTo("https://cdn.example/p.jpg");
        assertThat(picture.line().attachments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ChatAttachment.Kind.IMAGE);
            assertThat(a.url()).as("not shown until stored on the relay").isNull();
        });
        var place = (InboxOutcome.CustomerLine) apply(location(PAGE, PSID, "m2", 40.4, -3.7, "Office", "https://maps", T0));
        assertThat(place.downloads()).isEmpty();
        assertThat(place.line().attachments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ChatAttachment.Kind.LOCATION);
            assertThat(a.url()).contains("mlat=40.4").contains("mlon=-3.7");
        });
    }

    @Test
    void postbacksReactionsAndEditsAreLinesFromTheCustomer() {
        assertThat(line(postback(PAGE, PSID, "m1", "Get Started", "GET_STARTED", T0))).isEqualTo("Get Started");
        assertThat(line(reaction(PAGE, PSID, "m1", "like", "\uD83D\uDC4D", "react", T0))).isEqualTo("(reacted \uD83D\uDC4D)");
        assertThat(line(reaction(PAGE, PSID, "m1", "like", "\uD83D\uDC4D", "unreact", T0.plusSeconds(1))))
                .isEqualTo("(removed the reaction \uD83D\uDC4D)");
        assertThat(line(messageEdit(PAGE, PSID, "m1", "fixed typo", 1, T0))).isEqualTo("(edited a message) fixed typo");
    }

    @Test
    void ourEchoConfirmsTheSendAndAnotherAppsEchoIsAPageInboxLine() {
        apply(text(PAGE, PSID, "m1", "hello", T0));
        long sent = enqueueAgentReply("hi there");
        var confirmed = (InboxOutcome.Statuses) apply(echo(PAGE, PSID, "m_out", "123", "sb:" + sent, "hi there", T0.plusSeconds(2)));
        assertThat(confirmed.messageIds()).containsExactly(String.valueOf(sent));
        assertThat(confirmed.status()).isEqualTo(DeliveryStatus.SENT);

        var human = (InboxOutcome.PageLine) apply(echo(PAGE, PSID, "m_human", "999", null, "typed in the Page inbox", T0.plusSeconds(3)));
        assertThat(human.line().author()).isEqualTo(ChatLine.Author.PAGE_INBOX);
        assertThat(human.line().text()).isEqualTo("typed in the Page inbox");
    }

    @Test
    void deliveryAndReadMarkEverythingUpToTheWatermark() {
        apply(text(PAGE, PSID, "m1", "hello", T0));
        long early = enqueueAgentReplyAt("one", T0.plusSeconds(1));
        long late = enqueueAgentReplyAt("two", T0.plusSeconds(60));
        database.write(c -> Sql.update(c, "UPDATE messages SET status = 'SENT' WHERE author = 'AGENT'"));
        var delivered = (InboxOutcome.Statuses) apply(delivery(PAGE, PSID, T0.plusSeconds(30), T0.plusSeconds(31)));
        assertThat(delivered.messageIds()).containsExactly(String.valueOf(early));
        var read = (InboxOutcome.Statuses) apply(read(PAGE, PSID, T0.plusSeconds(90), T0.plusSeconds(91)));
        assertThat(read.messageIds()).containsExactlyInAnyOrder(String.valueOf(early), String.valueOf(late));
        assertThat(read.status()).isEqualTo(DeliveryStatus.READ);
    }

    @Test
    void eventsWithNothingForAgentsAreRecordedWithoutLines() {
        List<String> items = List.of(referral(PAGE, PSID, "spring-ad", "ADS", "OPEN_THREAD", T0),
                optinUserRef(PAGE, "user-ref-1", "checkbox", T0),
                passThreadControl(PAGE, PSID, "263902037430900", "handover", T0),
                policyEnforcement(PAGE, "block", "spam", T0));
        for (String item : items) {
            assertThat(apply(item)).isInstanceOf(InboxOutcome.Recorded.class);
        }
        assertThat(applyEnvelope(envelope(standbyEntry(PAGE, T0, text(PAGE, PSID, "m9", "to the other app", T0)))))
                .isInstanceOf(InboxOutcome.Recorded.class);
        assertThat(count("SELECT COUNT(*) FROM messages")).isZero();
    }

    private String line(String item) {
        return ((InboxOutcome.CustomerLine) apply(item)).line().text();
    }

    private InboxOutcome apply(String item) {
        return applyEnvelope(envelope(entry(PAGE, T0, item)));
    }

    /** Processes the event as the engine would; returns what processing produced. */
    private InboxOutcome applyEnvelope(String body) {
        try {
            MessengerEvent event = parser.parse(body.getBytes(StandardCharsets.UTF_8)).events().get(0);
            return database.write(c -> processor.apply(c, event));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private long enqueueAgentReply(String text) {
        return enqueueAgentReplyAt(text, T0.plusSeconds(1));
    }

    private long enqueueAgentReplyAt(String text, Instant at) {
        return database.write(c -> {
            long conversation = conversations.openId(c, PAGE, PSID).orElseThrow();
            long id = conversations.addMessage(c, conversation, ChatLine.Author.AGENT, "Alice", null, text, at, DeliveryStatus.QUEUED);
            outbox.enqueue(c, id, PAGE, PSID, WindowPolicy.Sender.AGENT, List.of(), at);
            return id;
        });
    }

    private long count(String sql) {
        return database.read(c -> Sql.one(c, sql, r -> r.getLong(1)).orElseThrow());
    }
}
