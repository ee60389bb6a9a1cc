package org.switchboard.relay.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaStoreTest {
    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dataDir;

    private MediaStore store() {
        return new MediaStore(dataDir.resolve("media"), 1024);
    }

    @Test
    void theIdIsTheSha256OfTheBytesAndTheSameBytesAreStoredOnce() throws Exception {
        MediaStore store = store();

        StoredMedia first = store.save(ascii("abc"), "text/plain");
        StoredMedia second = store.save(ascii("abc"), "application/octet-stream");

        assertThat(first).isEqualTo(new StoredMedia(SHA256_OF_ABC, "text/plain", 3));
        assertThat(second).as("the stored file and its first type are kept").isEqualTo(first);
        assertThat(dataFiles()).containsExactly(SHA256_OF_ABC);
        assertThat(store.find(SHA256_OF_ABC)).contains(first);
        try (InputStream in = store.open(SHA256_OF_ABC)) {
            assertThat(in.readAllBytes()).isEqualTo(ascii("abc"));
        }
    }

    @Test
    void differentBytesAreDifferentFiles() throws Exception {
        MediaStore store = store();

        StoredMedia jpeg = store.save(MediaSamples.JPEG, "image/jpeg");
        StoredMedia png = store.save(MediaSamples.PNG, "image/png");

        assertThat(jpeg.id()).isNotEqualTo(png.id());
        assertThat(dataFiles()).containsExactlyInAnyOrder(jpeg.id(), png.id());
        assertThat(store.find(png.id()).orElseThrow().contentType()).isEqualTo("image/png");
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingBothSizesAndNothingIsWritten() throws Exception {
        MediaStore store = new MediaStore(dataDir.resolve("media"), 10);

        assertThatThrownBy(() -> store.save(new byte[11], "image/png"))
                .isInstanceOf(MediaTooLargeException.class)
                .hasMessage("media of 11 bytes is larger than the limit of 10 bytes");
        assertThat(store.save(new byte[10], "image/png").size()).as("exactly the limit is accepted").isEqualTo(10);
        assertThat(dataFiles()).hasSize(1);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../../etc/passwd", "..", "abc", SHA256_OF_ABC + "0", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
            "ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "../a7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f2001"})
    void malformedIdsAreRefusedBeforeTouchingTheFileSystem(String id) {
        MediaStore store = store();

        assertThatThrownBy(() -> store.find(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not 64 lowercase hex characters");
        assertThatThrownBy(() -> store.open(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownIdIsNotFound() {
        MediaStore store = store();

        assertThat(store.find(SHA256_OF_ABC)).isEmpty();
        assertThatThrownBy(() -> store.open(SHA256_OF_ABC)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aHalfWrittenFileLeftByACrashIsNeverVisibleAndASaveCompletesIt() throws Exception {
        MediaStore store = store();
        Path shard = Files.createDirectories(dataDir.resolve("media").resolve(SHA256_OF_ABC.substring(0, 2)));
        Files.write(shard.resolve("." + SHA256_OF_ABC + "-123.tmp"), ascii("a"));

        assertThat(store.find(SHA256_OF_ABC)).isEmpty();
        store.save(ascii("abc"), "text/plain");

        assertThat(store.find(SHA256_OF_ABC)).map(StoredMedia::size).contains(3L);
        try (Stream<Path> files = Files.list(shard)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("a save leaves no temporary file of its own")
                    .containsExactlyInAnyOrder(SHA256_OF_ABC, SHA256_OF_ABC + ".type", "." + SHA256_OF_ABC + "-123.tmp");
        }
    }

    @Test
    void aStoreReopenedOnTheSameDirectoryFindsEarlierFiles() throws Exception {
        StoredMedia saved = store().save(MediaSamples.PNG, "image/png");

        assertThat(store().find(saved.id())).contains(saved);
    }

    @Test
    void constructionRefusesANonPositiveLimit() {
        assertThatThrownBy(() -> new MediaStore(dataDir, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBytes 0 is not positive");
    }

    private List<String> dataFiles() throws IOException {
        Path root = dataDir.resolve("media");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                    .filter(name -> !name.endsWith(".type")).toList();
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
