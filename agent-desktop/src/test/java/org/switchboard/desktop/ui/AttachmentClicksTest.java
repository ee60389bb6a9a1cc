package org.switchboard.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.desktop.media.MediaClient;
import org.switchboard.desktop.media.MediaImages;
import org.switchboard.desktop.model.TranscriptLine;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.DeliveryStatus;

/** Hit-tests a laid-out transcript list without showing it; pictures never load (their executor drops tasks). */
class AttachmentClicksTest {
    private static final ChatAttachment MAP = new ChatAttachment(ChatAttachment.Kind.LOCATION,
            "https://maps.example.com/?q=52.5,13.4", "Alexanderplatz");
    private static final ChatAttachment INVOICE = new ChatAttachment(ChatAttachment.Kind.FILE, "/media/" + "d".repeat(64), "invoice.pdf");
    private static final ChatAttachment LOST = new ChatAttachment(ChatAttachment.Kind.VIDEO, null, "clip.mp4");

    private final List<ChatAttachment> opened = new ArrayList<>();
    private JList<TranscriptLine> list;

    @BeforeEach
    void layOutATranscript() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display for font metrics");
        list = GuiActionRunner.execute(() -> {
            DefaultListModel<TranscriptLine> model = new DefaultListModel<>();
            model.addElement(line("m1", "Where is this?", List.of(MAP)));
            model.addElement(line("m2", "", List.of(INVOICE, LOST)));
            JList<TranscriptLine> transcript = new JList<>(model);
            MediaClient client = MediaClient.create(URI.create("http://127.0.0.1:9"));
            transcript.setCellRenderer(new TranscriptRenderer(new UiText(Locale.ENGLISH), ZoneOffset.UTC,
                    DateTimeFormatter.ofPattern("HH:mm"), new MediaImages(client, task -> { }, Runnable::run)));
            AttachmentClicks.install(transcript, opened::add);
            transcript.setSize(700, 600);
            return transcript;
        });
    }

    @Test
    void aClickOnAnAttachmentOpensThatAttachment() {
        GuiActionRunner.execute(() -> {
            click(centreOf(0, MAP));
            click(centreOf(1, INVOICE));
        });

        assertThat(opened).containsExactly(MAP, INVOICE);
    }

    @Test
    void aClickOnTheTextOrOnSomethingNotAvailableOpensNothing() {
        GuiActionRunner.execute(() -> {
            Rectangle first = list.getCellBounds(0, 0);
            click(new Point(first.x + 2, first.y + 2));
            click(centreOf(1, LOST));
            click(new Point(650, 590));
        });

        assertThat(opened).isEmpty();
    }

    private void click(Point point) {
        list.dispatchEvent(new MouseEvent(list, MouseEvent.MOUSE_CLICKED, 0, 0, point.x, point.y, 1, false, MouseEvent.BUTTON1));
    }

    /** Where {@code attachment}'s label sits in the list, found the way the renderer lays the row out. */
    private Point centreOf(int index, ChatAttachment attachment) {
        Rectangle cell = list.getCellBounds(index, index);
        Component row = list.getCellRenderer().getListCellRendererComponent(list, list.getModel().getElementAt(index),
                index, false, false);
        row.setBounds(0, 0, cell.width, cell.height);
        layOut(row);
        JComponent label = find(row, attachment);
        Point inRow = SwingUtilities.convertPoint(label, label.getWidth() / 2, label.getHeight() / 2, row);
        return new Point(cell.x + inRow.x, cell.y + inRow.y);
    }

    private static JComponent find(Component component, ChatAttachment attachment) {
        if (component instanceof JComponent c && attachment.equals(c.getClientProperty(TranscriptRenderer.ATTACHMENT))) {
            return c;
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                JComponent found = find(child, attachment);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void layOut(Component component) {
        if (component instanceof Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layOut(child);
            }
        }
    }

    private static TranscriptLine line(String id, String text, List<ChatAttachment> attachments) {
        return new TranscriptLine(id, ChatLine.Author.CUSTOMER, "Anna", text, Instant.parse("2026-11-25T10:00:00Z"),
                DeliveryStatus.NONE, null, attachments);
    }
}
