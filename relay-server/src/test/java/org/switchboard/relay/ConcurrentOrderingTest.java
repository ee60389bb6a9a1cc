package org.switchboard.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.relay.testing.TestRelay.APP_SECRET;
import static org.switchboard.relay.testing.TestRelay.PAGE_ID;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.ServerMessage;
import org.switchboard.relay.testing.RelayTest;
import org.switchboard.relay.testing.TestAgent;
import org.switchboard.relay.testing.TestRelay;
import org.switchboard.sim.FakeMessenger;
import org.switchboard.sim.MessengerEvents;
import org.switchboard.sim.RecordedSend;

/** Many customers writing at once and an agent typing fast: each conversation keeps its order both ways. */
class ConcurrentOrderingTest extends RelayTest {
    private static final int CUSTOMERS = 6;
    private static final int MESSAGES = 15;




    @Test
    void eachCustomersMessagesAreStoredInTheOrderTheyWereSent() throws Exception {
        ExecutorService customers = Executors.newFixedThreadPool(CUSTOMERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CUSTOMERS; c++) {
                String psid = "psid-" + c;
                done.add(customers.submit(() -> {
                    FakeMessenger facebook = new FakeMessenger(webhook(), APP_SECRET);
                    for (int m = 0; m < MESSAGES; m++) {
                        Instant at = Instant.now();
                        assertThat(facebook.post(MessengerEvents.envelope(MessengerEvents.entry(PAGE_ID, at,
                                MessengerEvents.text(PAGE_ID, psid, psid + "-m" + m, psid + " #" + m, at))))).isEqualTo(200);
                    }
                    return null;
                }));
            }
            for (Future<?> customer : done) {
                customer.get();
            }
        } finally {
            customers.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestRelay.unprocessedInboxRows(data) == 0);
        for (int c = 0; c < CUSTOMERS; c++) {
            String psid = "psid-" + c;
            assertThat(customerLines(psid)).containsExactlyElementsOf(
                    IntStream.range(0, MESSAGES).mapToObj(m -> psid + " #" + m).toList());
        }
    }

    @Test
    void anAgentsRepliesReachFacebookInTheOrderTyped() {
        try (TestAgent alice = TestAgent.ready(relay.localUrl(), "alice", "alice-pw")) {
            Instant at = Instant.now();
            facebook.post(MessengerEvents.envelope(MessengerEvents.entry(PAGE_ID, at,
                    MessengerEvents.text(PAGE_ID, "fast", "m-fast", "hi", at))));
            ServerMessage.Offer offer = alice.await(ServerMessage.Offer.class);
            alice.send(id -> new ClientMessage.Accept(id, offer.chatId()));
            alice.await(ServerMessage.ChatStarted.class);
            List<String> typed = IntStream.range(0, 25).mapToObj(i -> "reply " + i).toList();
            typed.forEach(text -> alice.send(id -> new ClientMessage.Send(id, offer.chatId(), text)));
            await().atMost(Duration.ofSeconds(20)).until(() -> replies().size() == typed.size());
            assertThat(replies()).containsExactlyElementsOf(typed);
        }
    }

    private List<String> replies() {
        return graph.sends().stream().map(RecordedSend::text).filter(t -> t != null && t.startsWith("reply ")).toList();
    }

    private List<String> customerLines(String psid) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("switchboard.db"));
             var statement = connection.prepareStatement("SELECT m.text FROM messages m JOIN conversations v"
                     + " ON v.id = m.conversation_id WHERE v.customer_id = ? AND m.author = 'CUSTOMER' ORDER BY m.id")) {
            statement.setString(1, psid);
            List<String> lines = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return lines;
        }
    }
}
