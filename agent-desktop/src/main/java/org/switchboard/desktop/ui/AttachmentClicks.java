package org.switchboard.desktop.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Cursor;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import org.switchboard.protocol.ChatAttachment;

/**
 * Makes the attachments a {@link TranscriptRenderer} draws clickable: a JList cell is only a picture, so a click
 * re-renders that row, lays it out at the cell's size and looks up which attachment label is under the mouse.
 * Shows the hand cursor over them. Runs on the EDT.
 */
final class AttachmentClicks extends MouseAdapter {
    private final JList<?> list;
    private final Consumer<ChatAttachment> open;

    private AttachmentClicks(JList<?> list, Consumer<ChatAttachment> open) {
        this.list = list;
        this.open = open;
    }

    static void install(JList<?> list, Consumer<ChatAttachment> open) {
        AttachmentClicks clicks = new AttachmentClicks(list, open);
        list.addMouseListener(clicks);
        list.addMouseMotionListener(clicks);
    }

    @Override
    public void mouseClicked(MouseEvent e) {
        if (SwingUtilities.isLeftMouseButton(e)) {
            attachmentAt(e.getPoint()).ifPresent(open);
        }
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        list.setCursor(attachmentAt(e.getPoint()).isPresent() ? Cursor.getPredefinedCursor(Cursor.HAND_CURSOR) : null);
    }

    /** The attachment under {@code point}, if it has somewhere to go. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<ChatAttachment> attachmentAt(Point point) {
        int index = list.locationToIndex(point);
        Rectangle cell = index < 0 ? null : list.getCellBounds(index, index);
        if (cell == null || !cell.contains(point)) {
            return Optional.empty();
        }
        JList raw = list;
        Component row = raw.getCellRenderer().getListCellRendererComponent(raw, raw.getModel().getElementAt(index),
                index, false, false);
        row.setBounds(0, 0, cell.width, cell.height);
        layOut(row);
        Component hit = SwingUtilities.getDeepestComponentAt(row, point.x - cell.x, point.y - cell.y);
        for (Component c = hit; c != null; c = c.getParent()) {
            if (c instanceof JComponent component
                    && component.getClientProperty(TranscriptRenderer.ATTACHMENT) instanceof ChatAttachment attachment) {
                return attachment.url() == null ? Optional.empty() : Optional.of(attachment);
            }
        }
        return Optional.empty();
    }

    private static void layOut(Component component) {
        if (component instanceof Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layOut(child);
            }
        }
    }
}
