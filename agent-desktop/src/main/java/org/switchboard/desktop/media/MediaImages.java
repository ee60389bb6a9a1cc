package org.switchboard.desktop.media;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pictures from the relay's media store, scaled to fit a box and kept in memory, so transcript thumbnails and
 * customer pictures never load on the EDT. Asked and answered on the EDT: {@link #get} starts a download on
 * {@code io} the first time, and listeners run on the EDT once a picture arrived or failed.
 */
public final class MediaImages {
    private static final Logger LOG = LoggerFactory.getLogger(MediaImages.class);
    private static final int MAX_ENTRIES = 300;

    /** Where one picture stands. */
    public sealed interface State {
        record Loading() implements State {
        }

        record Ready(Image image) implements State {
        }

        /** Not stored on the relay, refused or not a picture. */
        record Unavailable() implements State {
        }
    }

    private static final State LOADING = new State.Loading();
    private static final State UNAVAILABLE = new State.Unavailable();

    private final MediaClient client;
    private final Executor io;
    private final Executor edt;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, State> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public MediaImages(MediaClient client, Executor io, Executor edt) {
        this.client = client;
        this.io = io;
        this.edt = edt;
    }

    /** Told on the EDT whenever a picture finished loading, to repaint. */
    public AutoCloseable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The picture at {@code url} scaled to fit {@code box}×{@code box} px; loads it if not yet known. */
    public State get(String url, int box) {
        if (!MediaClient.isStored(url)) {
            return UNAVAILABLE;
        }
        String key = box + " " + url;
        State known = cache.get(key);
        if (known != null) {
            return known;
        }
        cache.put(key, LOADING);
        io.execute(() -> {
            State loaded = load(url, box);
            edt.execute(() -> {
                cache.put(key, loaded);
                listeners.forEach(Runnable::run);
            });
        });
        return LOADING;
    }

    private State load(String url, int box) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(client.download(url).bytes()));
            if (image == null) {
                LOG.info("media {} is not a picture this desktop can show", url);
                return UNAVAILABLE;
            }
            return new State.Ready(fit(image, box));
        } catch (IOException e) {
            LOG.info("picture {} not available: {}", url, e.getMessage());
            return UNAVAILABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNAVAILABLE;
        }
    }

    /** Scales down (never up) so the longer side is {@code box}. */
    static BufferedImage fit(BufferedImage image, int box) {
        double scale = Math.min(1.0, (double) box / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }
}
