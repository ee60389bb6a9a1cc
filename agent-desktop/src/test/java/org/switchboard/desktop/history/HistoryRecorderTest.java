package org.switchboard.desktop.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.desktop.model.TranscriptLine;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.Customer;
import org.switchboard.protocol.DeliveryStatus;

/** Runs the recorder's worker and EDT inline, so every call has finished when it returns. */
class HistoryRecorderTest {
    private static final Customer ANNA = new Customer("psid-1", "Anna Smith", "page-1", null);

    @TempDir
    Path dir;

    @Test
    void opensTheFileOnFirstUseAndAnswersSearchesWithWhatWasRecorded() {
        Path file = dir.resolve("history").resolve("a.db");
        HistoryRecorder recorder = new HistoryRecorder(file, Runnable::run, Runnable::run);
        assertThat(file).doesNotExist();

        recorder.record("chat-1", ANNA, List.of(new TranscriptLine("m1", ChatLine.Author.CUSTOMER, "Anna Smith",
                "Where is my refund?", Instant.parse("2026-11-20T09:00:00Z"), DeliveryStatus.NONE, null)));
        List<HistoryHit> hits = new ArrayList<>();
        List<HistoryLine> lines = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        recorder.search("refund", 10, hits::addAll, failures::add);
        recorder.conversation("chat-1", lines::addAll, failures::add);

        assertThat(Files.exists(file)).isTrue();
        assertThat(failures).isEmpty();
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.chat()).isEqualTo(new HistoryChat("chat-1", "psid-1", "Anna Smith", "page-1"));
            assertThat(hit.excerpt()).isEqualTo("Where is my refund?");
        });
        assertThat(lines).extracting(HistoryLine::text).containsExactly("Where is my refund?");
        recorder.close();
    }

    @Test
    void aClosedRecorderSaysSoToTheAsker() {
        HistoryRecorder recorder = new HistoryRecorder(dir.resolve("a.db"), Runnable::run, Runnable::run);
        recorder.close();
        List<String> failures = new ArrayList<>();

        recorder.search("x", 10, hits -> { }, failures::add);

        assertThat(failures).singleElement().asString().contains("is closed");
    }

    @Test
    void anUnwritableLocationIsReportedNotThrown() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        HistoryRecorder recorder = new HistoryRecorder(blocker.resolve("h.db"), Runnable::run, Runnable::run);
        List<String> failures = new ArrayList<>();

        recorder.record("chat-1", ANNA, List.of());
        recorder.search("x", 10, hits -> { }, failures::add);

        assertThat(failures).hasSize(1);
    }
}
