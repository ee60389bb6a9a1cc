package org.switchboard.desktop.ui;

import java.awt.Component;
import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.desktop.media.Download;
import org.switchboard.desktop.media.Media;
import org.switchboard.desktop.media.MediaClient;
import org.switchboard.protocol.ChatAttachment;

/**
 * What clicking an attachment does: web and map links open in the browser; files on the relay are downloaded to
 * a temporary file and opened with the system's viewer, or offered for "Save as…" where there is none. Called on
 * the EDT; downloads, disk writes and the desktop calls run on the media threads; problems are shown to the agent.
 */
final class AttachmentActions {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentActions.class);

    private final UiText text;
    private final Media media;
    private final Component parent;

    AttachmentActions(UiText text, Media media, Component parent) {
        this.text = text;
        this.media = media;
        this.parent = parent;
    }

    void open(ChatAttachment attachment) {
        String url = attachment.url();
        if (MediaClient.isWebLink(url)) {
            browse(url);
        } else if (MediaClient.isStored(url)) {
            media.io().execute(() -> download(attachment));
        } else {
            LOG.info("attachment link '{}' is neither a relay file nor a web address", url);
            showLink(url);
        }
    }

    private void browse(String url) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            showLink(url);
            return;
        }
        media.io().execute(() -> {
            try {
                Desktop.getDesktop().browse(URI.create(url));
            } catch (IOException | RuntimeException e) {
                LOG.info("cannot open the browser: {}", e.getMessage());
                SwingUtilities.invokeLater(() -> showLink(url));
            }
        });
    }

    /** Runs on a media thread. */
    private void download(ChatAttachment attachment) {
        try {
            Download file = media.client().download(attachment.url());
            Path temp = Files.createTempFile("switchboard-", "-" + fileName(attachment, file.contentType()));
            temp.toFile().deleteOnExit();
            Files.write(temp, file.bytes());
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(temp.toFile());
            } else {
                SwingUtilities.invokeLater(() -> saveAs(temp, fileName(attachment, file.contentType())));
            }
        } catch (IOException e) {
            LOG.info("cannot open attachment {}: {}", attachment.url(), e.getMessage());
            SwingUtilities.invokeLater(() -> failed(attachment.title(), e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void saveAs(Path temp, String name) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("saveAttachmentChooser");
        chooser.setDialogTitle(text.get("attachment.saveAs"));
        chooser.setSelectedFile(new File(name));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        media.io().execute(() -> {
            try {
                Files.copy(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                LOG.info("cannot save attachment to {}: {}", target, e.getMessage());
                SwingUtilities.invokeLater(() -> failed(name, e.getMessage()));
            }
        });
    }

    private void failed(String title, String reason) {
        JOptionPane.showMessageDialog(parent, text.get("attachment.failed", title, reason),
                text.get("attachment.failed.title"), JOptionPane.ERROR_MESSAGE);
    }

    /** Without a browser: the address in a field the agent can copy from. */
    private void showLink(String url) {
        JTextField field = new JTextField(url, 40);
        field.setEditable(false);
        JOptionPane.showMessageDialog(parent, new Object[] {text.get("attachment.copyLink"), field},
                text.get("attachment.link.title"), JOptionPane.INFORMATION_MESSAGE);
    }

    /** The title made safe as a file name, with an extension from the content type when it has none. */
    static String fileName(ChatAttachment attachment, String contentType) {
        String name = attachment.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            name = attachment.kind().name().toLowerCase(Locale.ROOT);
        }
        if (!name.contains(".")) {
            String subtype = contentType.contains("/") ? contentType.substring(contentType.indexOf('/') + 1) : "";
            subtype = subtype.split("[;+]")[0].strip().toLowerCase(Locale.ROOT);
            if (subtype.matches("[a-z0-9]{1,8}")) {
                name = name + "." + ("jpeg".equals(subtype) ? "jpg" : subtype);
            }
        }
        return name;
    }
}
