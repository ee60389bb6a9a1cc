package org.switchboard.desktop.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ChatLine;

class HistoryStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final HistoryChat ANNA = new HistoryChat("chat-1", "psid-1", "Anna Smith", "Acme Support");
    private static final HistoryChat JURGEN = new HistoryChat("chat-2", "psid-2", "Jürgen Müller", "Acme Support");

    @TempDir
    Path dir;

    @Test
    void keepsLinesAcrossReopeningTheFile() throws Exception {
        Path file = dir.resolve("history").resolve("relay_443_alice.db");
        try (HistoryStore store = HistoryStore.open(file)) {
            store.record(ANNA, List.of(line("m1", ANNA, ChatLine.Author.CUSTOMER, "My parcel never arrived", 0),
                    line("m2", ANNA, ChatLine.Author.AGENT, "Let me check the tracking number", 1)));
        }

        try (HistoryStore reopened = HistoryStore.open(file)) {
            assertThat(reopened.conversation("chat-1")).extracting(HistoryLine::messageId, HistoryLine::author, HistoryLine::text)
                    .containsExactly(
                            tuple("m1", ChatLine.Author.CUSTOMER, "My parcel never arrived"),
                            tuple("m2", ChatLine.Author.AGENT, "Let me check the tracking number"));
        }
    }

    @Test
    void keepsALineOnceWhateverHowOftenItArrives() throws Exception {
        try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
            HistoryLine first = line("m1", ANNA, ChatLine.Author.CUSTOMER, "Hello there", 0);

            assertThat(store.record(ANNA, List.of(first))).isEqualTo(1);
            assertThat(store.record(ANNA, List.of(first, line("m2", ANNA, ChatLine.Author.AGENT, "Hi Anna", 1)))).isEqualTo(1);
            assertThat(store.record(ANNA, List.of(first))).isZero();

            assertThat(store.conversation("chat-1")).extracting(HistoryLine::messageId).containsExactly("m1", "m2");
            assertThat(store.search("hello", 10)).hasSize(1);
        }
    }

    @Test
    void findsConversationsByWordPrefixesOrCustomerNameNewestFirst() throws Exception {
        try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
            store.record(ANNA, List.of(line("m1", ANNA, ChatLine.Author.CUSTOMER, "My parcel never arrived", 0),
                    line("m2", ANNA, ChatLine.Author.AGENT, "Refund approved", 5)));
            store.record(JURGEN, List.of(line("m3", JURGEN, ChatLine.Author.CUSTOMER, "Wann kommt mein Paket?", 10)));

            assertThat(store.search("parc", 10)).extracting(h -> h.chat().chatId(), HistoryHit::messageId)
                    .containsExactly(tuple("chat-1", "m1"));
            assertThat(store.search("anna", 10)).extracting(HistoryHit::messageId).containsExactly("m2");
            assertThat(store.search("", 10)).extracting(h -> h.chat().customerName())
                    .containsExactly("Jürgen Müller", "Anna Smith");
            assertThat(store.search("parcel refund", 10)).isEmpty();
        }
    }

    @Test
    void searchIgnoresCaseAndAccentsInAnyScript() throws Exception {
        HistoryChat olga = new HistoryChat("chat-3", "psid-3", "Ольга Иванова", "Acme");
        try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
            store.record(JURGEN, List.of(line("m1", JURGEN, ChatLine.Author.CUSTOMER, "Das Café hat geschlossen", 0)));
            store.record(olga, List.of(line("m2", olga, ChatLine.Author.CUSTOMER, "Здравствуйте, где мой заказ?", 1)));

            assertThat(store.search("cafe", 10)).extracting(HistoryHit::messageId).containsExactly("m1");
            assertThat(store.search("MÜLLER", 10)).extracting(HistoryHit::messageId).containsExactly("m1");
            assertThat(store.search("muller", 10)).extracting(HistoryHit::messageId).containsExactly("m1");
            assertThat(store.search("заказ", 10)).extracting(HistoryHit::messageId).containsExactly("m2");
            assertThat(store.search("ольга", 10)).extracting(HistoryHit::messageId).containsExactly("m2");
        }
    }

    @Test
    void whatTheAgentTypesIsNeverTakenAsSearchSyntax() throws Exception {
        try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
            store.record(ANNA, List.of(line("m1", ANNA, ChatLine.Author.CUSTOMER, "order #123 is \"late\" (again), near the end", 0)));

            assertThat(store.search("\"late\" (", 10)).extracting(HistoryHit::messageId).containsExactly("m1");
            assertThat(store.search("order* NEAR(", 10)).extracting(HistoryHit::messageId).containsExactly("m1");
            assertThat(store.search("*)(\"", 10)).hasSize(1);
        }
        assertThat(HistoryStore.matchExpression("late \"x\" o'neil")).isEqualTo("\"late\"* \"x\"* \"o\"* \"neil\"*");
    }

    @Test
    void keepsAttachmentsAndFindsThemByTitle() throws Exception {
        ChatAttachment invoice = new ChatAttachment(ChatAttachment.Kind.FILE, "/media/" + "a".repeat(64), "invoice-42.pdf");
        ChatAttachment lost = new ChatAttachment(ChatAttachment.Kind.IMAGE, null, "");
        try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
            store.record(ANNA, List.of(new HistoryLine("m1", "chat-1", ChatLine.Author.CUSTOMER, "Anna Smith", "", T0,
                    List.of(invoice, lost))));

            assertThat(store.conversation("chat-1").get(0).attachments()).containsExactly(invoice, lost);
            assertThat(store.search("invoice", 10)).extracting(HistoryHit::messageId).containsExactly("m1");
        }
    }

    private static HistoryLine line(String id, HistoryChat chat, ChatLine.Author author, String text, int minutes) {
        return new HistoryLine(id, chat.chatId(), author, author == ChatLine.Author.AGENT ? "Alice" : chat.customerName(),
                text, T0.plusSeconds(60L * minutes), List.of());
    }
}
