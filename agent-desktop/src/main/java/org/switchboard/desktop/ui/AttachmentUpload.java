package org.switchboard.desktop.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.desktop.media.Media;
import org.switchboard.desktop.media.MediaClient;
import org.switchboard.desktop.media.MediaException;
import org.switchboard.desktop.media.Uploaded;
import org.switchboard.desktop.model.AgentCommands;
import org.switchboard.protocol.ChatAttachment;

/**
 * The composer's upload line: uploads one chosen file to the relay on a media thread with a progress bar, then
 * sends it into the chat by its media id; says clearly when the file is too big or the upload failed. Started and
 * rendered on the EDT; progress arrives on an HTTP thread and is posted to the EDT once per percent.
 */
final class AttachmentUpload extends JPanel {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentUpload.class);

    private final UiText text;
    private final Media media;
    private final AgentCommands commands;
    private final JLabel uploadStatus = new JLabel();
    private final JProgressBar uploadProgress = new JProgressBar(0, 100);
    private final Runnable busyChanged;
    private boolean busy;

    AttachmentUpload(UiText text, Media media, AgentCommands commands, Runnable busyChanged) {
        super(new MigLayout("insets 0 16 0 16, fillx, hidemode 3", "[grow,fill][200lp!]", ""));
        this.text = text;
        this.media = media;
        this.commands = commands;
        this.busyChanged = busyChanged;
        uploadStatus.setName("uploadStatus");
        uploadProgress.setName("uploadProgress");
        add(uploadStatus);
        add(uploadProgress);
        setVisible(false);
    }

    boolean busy() {
        return busy;
    }

    /** Uploads {@code file} and sends it to {@code chatId}. */
    void start(Path file, String chatId) {
        String name = file.getFileName().toString();
        busy(true);
        show(text.get("upload.checking", name), false);
        uploadProgress.setValue(0);
        uploadProgress.setVisible(true);
        media.io().execute(() -> upload(file, name, chatId));
    }

    /** Runs on a media thread. */
    private void upload(Path file, String name, String chatId) {
        try {
            long size = Files.size(file);
            String type = Files.probeContentType(file);
            SwingUtilities.invokeLater(() -> show(text.get("upload.progress", name, 0), false));
            AtomicInteger shown = new AtomicInteger();
            Uploaded uploaded = media.client().upload(file, type, sent -> {
                int percent = size == 0 ? 100 : (int) (sent * 100 / size);
                if (shown.getAndSet(percent) != percent) {
                    SwingUtilities.invokeLater(() -> progress(name, percent));
                }
            });
            LOG.info("uploaded media {} for chat {}", uploaded.id(), chatId);
            SwingUtilities.invokeLater(() -> sent(uploaded, name, chatId));
        } catch (MediaException e) {
            LOG.info("upload for chat {} refused: {}", chatId, e.getMessage());
            String reason = text.get("upload.problem." + e.problem(), name, megabytes(MediaClient.MAX_UPLOAD_BYTES));
            SwingUtilities.invokeLater(() -> failed(reason));
        } catch (IOException e) {
            LOG.info("upload for chat {} failed: {}", chatId, e.toString());
            SwingUtilities.invokeLater(() -> failed(text.get("upload.failed", name, reason(e))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            SwingUtilities.invokeLater(() -> failed(text.get("upload.failed", name, reason(e))));
        }
    }

    private void progress(String name, int percent) {
        if (busy) {
            uploadProgress.setValue(percent);
            show(text.get("upload.progress", name, percent), false);
        }
    }

    private void sent(Uploaded uploaded, String name, String chatId) {
        commands.sendMedia(chatId, uploaded.id(), new ChatAttachment(uploaded.kind(), uploaded.url(), name));
        busy(false);
        setVisible(false);
    }

    private void failed(String message) {
        busy(false);
        uploadProgress.setVisible(false);
        show(message, true);
    }

    private void show(String message, boolean error) {
        uploadStatus.setText(message);
        uploadStatus.putClientProperty(FlatClientProperties.STYLE, error
                ? "font: bold; foreground: $Actions.Red" : "foreground: $Label.disabledForeground");
        setVisible(true);
        revalidate();
    }

    /** Hides an old error, e.g. when the agent switches chats. */
    void dismiss() {
        if (!busy) {
            setVisible(false);
        }
    }

    private void busy(boolean value) {
        busy = value;
        busyChanged.run();
    }

    /** Connection errors often carry no message; their type still says what happened. */
    private static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replaceAll("\\.0$", "");
    }
}
