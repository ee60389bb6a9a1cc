package org.switchboard.desktop;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.desktop.history.HistoryLocation;
import org.switchboard.desktop.history.HistoryRecorder;
import org.switchboard.desktop.media.Media;
import org.switchboard.desktop.media.MediaClient;
import org.switchboard.desktop.media.MediaImages;
import org.switchboard.desktop.model.Desk;
import org.switchboard.desktop.model.Link;
import org.switchboard.desktop.net.Backoff;
import org.switchboard.desktop.net.RelayConnection;
import org.switchboard.desktop.net.RelaySession;
import org.switchboard.desktop.ui.LoginWindow;
import org.switchboard.desktop.ui.MainWindow;
import org.switchboard.desktop.ui.OfferPopups;
import org.switchboard.desktop.ui.OfferTone;
import org.switchboard.desktop.ui.UiText;
import org.switchboard.protocol.ProtocolCodec;

/**
 * The running desktop: wires the login window, the session with the relay, the presentation model, the
 * media client, the local history and the main window, and owns the background threads. Created and used on the EDT only.
 */
public final class DesktopApp {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final UiText text = new UiText(Locale.getDefault());
    private final Clock clock = Clock.systemDefaultZone();
    private final ProtocolCodec codec = new ProtocolCodec();
    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor(daemon("relay-io"));
    private final ExecutorService audio = Executors.newSingleThreadExecutor(daemon("offer-tone"));
    private final ExecutorService mediaIo = Executors.newFixedThreadPool(2, daemon("media-io"));
    /** One thread, so history writes and searches run in order; see {@link HistoryRecorder}. */
    private final ExecutorService historyIo = Executors.newSingleThreadExecutor(daemon("history-io"));
    private final DesktopEnvironment environment;
    private final LoginWindow loginWindow;
    private RelaySession session;
    private MainWindow mainWindow;
    private OfferPopups offerPopups;
    private HistoryRecorder history;
    private Media media;
    private boolean closed;

    private DesktopApp(LoginDefaults defaults, DesktopEnvironment environment) {
        this.environment = environment;
        loginWindow = new LoginWindow(text, defaults.serverUrl(), defaults.username(), defaults.password(),
                this::login, this::close);
    }

    /** Shows the login window and returns at once; call on the EDT. Installs FlatLaf Light unless a FlatLaf theme is set. */
    public static DesktopApp open(LoginDefaults defaults) {
        return open(defaults, DesktopEnvironment.standard());
    }

    /** As {@link #open(LoginDefaults)}, with files and media where {@code environment} says. */
    public static DesktopApp open(LoginDefaults defaults, DesktopEnvironment environment) {
        if (!(UIManager.getLookAndFeel() instanceof FlatLaf)) {
            FlatLightLaf.setup();
        }
        DesktopApp app = new DesktopApp(defaults == null ? LoginDefaults.none() : defaults, environment);
        app.loginWindow.show();
        return app;
    }

    /** Closes every window and the relay connection; call on the EDT. Safe to call twice. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("closing the desktop");
        if (offerPopups != null) {
            offerPopups.closeAll();
        }
        if (mainWindow != null) {
            mainWindow.dispose();
        }
        loginWindow.dispose();
        if (session != null) {
            session.close();
        }
        if (history != null) {
            history.close();
        }
        io.shutdown();
        audio.shutdownNow();
        mediaIo.shutdownNow();
        historyIo.shutdown();
    }

    private void login(LoginWindow.Request request) {
        if (session != null) {
            session.close();
        }
        if (history != null) {
            history.close();
        }
        history = new HistoryRecorder(HistoryLocation.of(environment.home(), request.address().uri(),
                request.credentials().username()), historyIo, SwingUtilities::invokeLater);
        MediaClient mediaClient = MediaClient.create(environment.mediaBase().apply(request.address()));
        media = new Media(mediaClient, new MediaImages(mediaClient, mediaIo, SwingUtilities::invokeLater), mediaIo);
        Desk desk = new Desk(clock, history);
        desk.agent().addListener(() -> mediaClient.authorize(desk.agent().mediaToken()));
        RelayConnection connection = new RelayConnection(request.address(), codec, io, Backoff.standard(),
                () -> ThreadLocalRandom.current().nextDouble());
        RelaySession attempt = new RelaySession(request.credentials(), connection, desk, SwingUtilities::invokeLater);
        session = attempt;
        String server = request.address().toString();
        desk.agent().addListener(() -> followLogin(attempt, desk, server));
        loginWindow.connecting(server);
        LOG.info("logging in {} at {}", request.credentials().username(), server);
        attempt.start();
    }

    /** Runs on every agent-model change of the given attempt; only the current attempt may move windows. */
    private void followLogin(RelaySession attempt, Desk desk, String server) {
        if (attempt != session || closed || mainWindow != null) {
            return;
        }
        Link link = desk.agent().link();
        if (link == Link.LOGGED_IN) {
            loginWindow.dispose();
            offerPopups = new OfferPopups(text, clock, desk.offers(), attempt, new OfferTone(audio));
            mainWindow = new MainWindow(text, desk, attempt, server, clock, media, history, this::close);
            mainWindow.show();
        } else if (link == Link.REFUSED) {
            loginWindow.failed(text.get("login.error.refused", desk.agent().linkDetail()));
        } else if (link == Link.UNREACHABLE || link == Link.GAVE_UP) {
            loginWindow.failed(text.get("login.error.unreachable", server, desk.agent().linkDetail()));
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
