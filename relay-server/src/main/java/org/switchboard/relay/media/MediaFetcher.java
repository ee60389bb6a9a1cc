package org.switchboard.relay.media;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.messenger.GraphApi;
import org.switchboard.relay.messenger.GraphException;

/**
 * Downloads inbound attachments at once (Facebook's URLs expire) on a background executor, with bounded retries,
 * and stores them in the {@link MediaStore} with a content type sniffed from their bytes. A download is a GET, so
 * transient, rate-limited and unknown-outcome failures are all safe to retry; anything else fails at once.
 * Threads: every attempt runs on the given executor (after a backoff, via a delayed hand-off to it).
 */
public final class MediaFetcher {
    private static final Logger log = LoggerFactory.getLogger(MediaFetcher.class);

    private final GraphApi graph;
    private final MediaStore store;
    private final Executor executor;
    private final FetchRetries retries;

    public MediaFetcher(GraphApi graph, MediaStore store, Executor executor) {
        this(graph, store, executor, FetchRetries.DEFAULT);
    }

    public MediaFetcher(GraphApi graph, MediaStore store, Executor executor, FetchRetries retries) {
        this.graph = Objects.requireNonNull(graph, "media fetcher: graph is missing");
        this.store = Objects.requireNonNull(store, "media fetcher: store is missing");
        this.executor = Objects.requireNonNull(executor, "media fetcher: executor is missing");
        this.retries = Objects.requireNonNull(retries, "media fetcher: retries are missing");
    }

    /** Completes with the stored file, or exceptionally with a {@link MediaFetchException} naming the URL and cause. */
    public CompletableFuture<StoredMedia> fetch(URI url) {
        Objects.requireNonNull(url, "media fetcher: url is missing");
        CompletableFuture<StoredMedia> result = new CompletableFuture<>();
        String scheme = url.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            result.completeExceptionally(new MediaFetchException("media fetch of " + where(url)
                    + ": only http and https URLs are fetched", null));
            return result;
        }
        schedule(url, 1, result, executor);
        return result;
    }

    private void schedule(URI url, int attempt, CompletableFuture<StoredMedia> result, Executor on) {
        try {
            on.execute(() -> attempt(url, attempt, result));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new MediaFetchException("media fetch of " + where(url)
                    + ": attempt " + attempt + " was rejected by the executor", e));
        }
    }

    private void attempt(URI url, int attempt, CompletableFuture<StoredMedia> result) {
        try {
            byte[] bytes = graph.download(url, store.maxBytes());
            StoredMedia media = store.save(bytes, MagicBytes.contentTypeOf(bytes));
            log.debug("media {} stored from {} ({} bytes, {})", media.id(), where(url), media.size(), media.contentType());
            result.complete(media);
        } catch (GraphException e) {
            if (mayRetry(e) && attempt < retries.maxAttempts()) {
                Duration wait = retries.backoffBefore(attempt + 1);
                log.debug("media fetch of {}: attempt {} failed ({}), retrying in {} ms", where(url), attempt, e.kind(),
                        wait.toMillis());
                schedule(url, attempt + 1, result, wait.isZero() ? executor
                        : CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, executor));
            } else {
                result.completeExceptionally(new MediaFetchException("media fetch of " + where(url) + " gave up after "
                        + attempt + " attempt(s): " + e.getMessage(), e));
            }
        } catch (MediaTooLargeException | RuntimeException e) {
            result.completeExceptionally(new MediaFetchException("media fetch of " + where(url) + " failed: "
                    + e.getMessage(), e));
        }
    }

    private static boolean mayRetry(GraphException e) {
        return e.retryable() || e.kind() == GraphException.Kind.UNKNOWN_OUTCOME;
    }

    /** The URL without its query, which on Facebook's CDN carries signatures. */
    private static String where(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath();
    }

    @Override
    public String toString() {
        return "MediaFetcher[" + store + ", " + retries + "]";
    }
}
