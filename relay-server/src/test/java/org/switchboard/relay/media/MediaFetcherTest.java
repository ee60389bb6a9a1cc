package org.switchboard.relay.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.relay.messenger.GraphException;
import org.switchboard.relay.messenger.HttpGraphClient;
import org.switchboard.sim.FakeGraphApi;

class MediaFetcherTest {
    private static final FetchRetries NO_WAIT = new FetchRetries(3, Duration.ZERO);

    private final FakeGraphApi graph = FakeGraphApi.start();
    private final FlakyGraphApi flaky = new FlakyGraphApi(new HttpGraphClient(graph.baseUrl(), "v21.0", Duration.ofSeconds(5)));

    @TempDir
    Path dataDir;

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void downloadsStoresAndSniffsTheTypeFromTheBytesNotFromTheServer() throws Exception {
        MediaStore store = new MediaStore(dataDir, MediaStore.DEFAULT_MAX_BYTES);
        URI url = graph.serveMedia("photo", MediaSamples.PNG, "text/html");

        StoredMedia media = new MediaFetcher(flaky, store, Runnable::run, NO_WAIT).fetch(url).get(5, TimeUnit.SECONDS);

        assertThat(media.contentType()).isEqualTo("image/png");
        assertThat(media.size()).isEqualTo(MediaSamples.PNG.length);
        try (InputStream in = store.open(media.id())) {
            assertThat(in.readAllBytes()).isEqualTo(MediaSamples.PNG);
        }
    }

    @Test
    void aTransientFailureIsRetried() throws Exception {
        MediaStore store = new MediaStore(dataDir, MediaStore.DEFAULT_MAX_BYTES);
        URI url = graph.serveMedia("clip", MediaSamples.JPEG, "image/jpeg");
        flaky.failNextDownloads(2);

        StoredMedia media = new MediaFetcher(flaky, store, Runnable::run, NO_WAIT).fetch(url).get(5, TimeUnit.SECONDS);

        assertThat(media.contentType()).isEqualTo("image/jpeg");
        assertThat(flaky.downloads()).isEqualTo(3);
    }

    @Test
    void retriesWaitTheirBackoffOnTheExecutor() throws Exception {
        MediaStore store = new MediaStore(dataDir, MediaStore.DEFAULT_MAX_BYTES);
        URI url = graph.serveMedia("late", MediaSamples.JPEG, "image/jpeg");
        flaky.failNextDownloads(1);
        ExecutorService workers = Executors.newSingleThreadExecutor();
        try {
            MediaFetcher fetcher = new MediaFetcher(flaky, store, workers, new FetchRetries(2, Duration.ofMillis(20)));

            assertThat(fetcher.fetch(url).get(5, TimeUnit.SECONDS).contentType()).isEqualTo("image/jpeg");
            assertThat(flaky.downloads()).isEqualTo(2);
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void retriesAreBoundedAndTheFailureNamesTheUrlAndAttempts() {
        MediaStore store = new MediaStore(dataDir, MediaStore.DEFAULT_MAX_BYTES);
        URI url = graph.serveMedia("never", MediaSamples.JPEG, "image/jpeg");
        flaky.failNextDownloads(10);

        assertThatThrownBy(() -> new MediaFetcher(flaky, store, Runnable::run, NO_WAIT).fetch(url).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(MediaFetchException.class)
                .hasMessageContaining("media fetch of " + graph.baseUrl() + "/media/never gave up after 3 attempt(s)");
        assertThat(flaky.downloads()).isEqualTo(3);
    }

    @Test
    void aMissingFileFailsAtOnceWithTheHttpStatus() {
        MediaStore store = new MediaStore(dataDir, MediaStore.DEFAULT_MAX_BYTES);
        URI url = graph.baseUrl().resolve("/media/expired?oh=signature&oe=123");

        assertThatThrownBy(() -> new MediaFetcher(flaky, store, Runnable::run, NO_WAIT).fetch(url).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(MediaFetchException.class)
                .hasMessageContaining("gave up after 1 attempt(s)")
                .hasMessageContaining("HTTP 404")
                .hasMessageNotContaining("signature")
                .cause().isInstanceOf(GraphException.class);
        assertThat(flaky.downloads()).isEqualTo(1);
    }

    @Test
    void aFileOverTheStoreLimitFailsAtOnceNamingTheLimit() {
        MediaStore store = new MediaStore(dataDir, 100);
        URI url = graph.serveMedia("huge", new byte[101], "video/mp4");

        assertThatThrownBy(() -> new MediaFetcher(flaky, store, Runnable::run, NO_WAIT).fetch(url).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(MediaFetchException.class)
                .hasMessageContaining("larger than the limit of 100 bytes");
        assertThat(flaky.downloads()).isEqualTo(1);
    }

    @Test
    void onlyHttpUrlsAreFetched() {
        MediaStore store = new MediaStore(dataDir, MediaStore.DEFAULT_MAX_BYTES);

        assertThatThrownBy(() -> new MediaFetcher(flaky, store, Runnable::run, NO_WAIT)
                .fetch(URI.create("file:///etc/passwd")).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(MediaFetchException.class).hasMessageContaining("only http and https URLs");
        assertThat(flaky.downloads()).isZero();
    }

    @Test
    void aRejectedTaskFailsTheFetchInsteadOfLosingIt() {
        MediaStore store = new MediaStore(dataDir, MediaStore.DEFAULT_MAX_BYTES);
        ExecutorService stopped = Executors.newSingleThreadExecutor();
        stopped.shutdown();

        assertThatThrownBy(() -> new MediaFetcher(flaky, store, stopped).fetch(URI.create("http://127.0.0.1:1/media/x"))
                .get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(MediaFetchException.class).hasMessageContaining("rejected by the executor");
    }
}
