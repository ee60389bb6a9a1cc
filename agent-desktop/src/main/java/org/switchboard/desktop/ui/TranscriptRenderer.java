package org.switchboard.desktop.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.switchboard.desktop.model.TranscriptLine;
import org.switchboard.protocol.DeliveryStatus;

/**
 * Draws a transcript line as a bubble: customer and bot lines on the left, agent lines on the right, with
 * author, time and, for outbound lines, the delivery status (and a failure's reason).
 */
final class TranscriptRenderer implements ListCellRenderer<TranscriptLine> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final UiText text;
    private final ZoneId zone;
    private final Side inbound = new Side(false);
    private final Side outbound = new Side(true);

    TranscriptRenderer(UiText text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
    }

    @Override
    public Component getListCellRendererComponent(JList<? extends TranscriptLine> list, TranscriptLine line,
                                                  int index, boolean selected, boolean focused) {
        Side side = line.outbound() ? outbound : inbound;
        String author = line.authorName().isBlank() ? text.get("line.author." + line.author()) : line.authorName();
        side.meta.setText(text.get("line.meta", author, TIME.format(line.at().atZone(zone))));
        int width = Math.max(160, (list.getWidth() > 0 ? list.getWidth() : 600) * 2 / 3);
        side.bubble.setText("<html><div style='width:" + Math.min(width, textWidth(side.bubble, line.text()))
                + "px'>" + escape(line.text()) + "</div></html>");
        side.status.setVisible(line.status() != DeliveryStatus.NONE);
        side.status.setText(status(line));
        side.status.putClientProperty(FlatClientProperties.STYLE, line.status() == DeliveryStatus.FAILED
                ? "font: -1; foreground: $Actions.Red" : "font: -1; foreground: $Label.disabledForeground");
        side.setBackground(list.getBackground());
        side.setToolTipText(line.detail());
        return side;
    }

    private String status(TranscriptLine line) {
        if (line.status() == DeliveryStatus.NONE) {
            return "";
        }
        if (line.status() == DeliveryStatus.FAILED && line.detail() != null && !line.detail().isBlank()) {
            return text.get("line.status.failedWith", line.detail());
        }
        return text.get("line.status." + line.status());
    }

    private static int textWidth(JLabel label, String value) {
        int widest = 0;
        for (String row : value.split("\n", -1)) {
            widest = Math.max(widest, label.getFontMetrics(label.getFont()).stringWidth(row));
        }
        return widest + 2;
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }

    /** One side's cell: meta line, bubble, status. */
    private static final class Side extends JPanel {
        final JLabel meta = new JLabel();
        final JLabel bubble = new JLabel();
        final JLabel status = new JLabel();

        Side(boolean right) {
            super(new MigLayout("insets 6 12 6 12, fillx, gapy 2, wrap 1", right ? "[grow,right]" : "[grow,left]", ""));
            meta.putClientProperty(FlatClientProperties.STYLE, "font: -2; foreground: $Label.disabledForeground");
            bubble.setOpaque(true);
            bubble.putClientProperty(FlatClientProperties.STYLE, right
                    ? "border: 7,11,7,11; background: lighten($Component.accentColor,42%)"
                    : "border: 7,11,7,11; background: darken($Panel.background,4%)");
            add(meta);
            add(bubble);
            add(status);
            setOpaque(true);
            setBackground(UIManager.getColor("List.background"));
        }
    }
}
