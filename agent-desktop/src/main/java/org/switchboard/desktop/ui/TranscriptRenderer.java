package org.switchboard.desktop.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Color;
import java.awt.Component;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.swing.ImageIcon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.switchboard.desktop.media.MediaClient;
import org.switchboard.desktop.media.MediaImages;
import org.switchboard.desktop.model.TranscriptLine;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.DeliveryStatus;

/**
 * Draws a transcript line as a bubble: customer and bot lines on the left, agent lines on the right, with
 * author, time, what the line carries (picture thumbnails, a file row with Open, a map or web link, or "not
 * available") and, for outbound lines, the delivery status (and a failure's reason). Each attachment's label
 * carries its {@link ChatAttachment} as the client property {@link #ATTACHMENT}, for {@link AttachmentClicks}.
 */
final class TranscriptRenderer implements ListCellRenderer<TranscriptLine> {
    static final String ATTACHMENT = "switchboard.attachment";
    static final int THUMBNAIL = 240;

    private final UiText text;
    private final ZoneId zone;
    private final DateTimeFormatter time;
    private final MediaImages images;
    private final Side inbound = new Side(false);
    private final Side outbound = new Side(true);

    TranscriptRenderer(UiText text, ZoneId zone, DateTimeFormatter time, MediaImages images) {
        this.text = text;
        this.zone = zone;
        this.time = time;
        this.images = images;
    }

    @Override
    public Component getListCellRendererComponent(JList<? extends TranscriptLine> list, TranscriptLine line,
                                                  int index, boolean selected, boolean focused) {
        Side side = line.outbound() ? outbound : inbound;
        String author = line.authorName().isBlank() ? text.get("line.author." + line.author()) : line.authorName();
        side.meta.setText(text.get("line.meta", author, time.format(line.at().atZone(zone))));
        int width = Math.max(160, (list.getWidth() > 0 ? list.getWidth() : 600) * 2 / 3);
        side.bubble.setVisible(!line.text().isEmpty() || line.attachments().isEmpty());
        side.bubble.setText("<html><div style='width:" + Math.min(width, textWidth(side.bubble, line.text()))
                + "px'>" + escape(line.text()) + "</div></html>");
        side.attachments.removeAll();
        line.attachments().forEach(attachment -> side.attachments.add(attachmentLabel(attachment, line.outbound())));
        side.attachments.setVisible(!line.attachments().isEmpty());
        side.status.setVisible(line.status() != DeliveryStatus.NONE);
        side.status.setText(status(line));
        side.status.putClientProperty(FlatClientProperties.STYLE, line.status() == DeliveryStatus.FAILED
                ? "font: -1; foreground: $Actions.Red" : "font: -1; foreground: $Label.disabledForeground");
        side.setBackground(list.getBackground());
        side.setToolTipText(line.detail());
        return side;
    }

    private JComponent attachmentLabel(ChatAttachment attachment, boolean outbound) {
        JLabel label = new JLabel();
        label.setOpaque(true);
        label.putClientProperty(ATTACHMENT, attachment);
        String kind = text.get("attachment." + attachment.kind());
        String title = attachment.title().isBlank() ? kind : attachment.title();
        boolean picture = attachment.kind() == ChatAttachment.Kind.IMAGE || attachment.kind() == ChatAttachment.Kind.STICKER;
        if (attachment.url() == null) {
            label.setText(text.get("attachment.unavailable", kind, escape(title)));
            label.putClientProperty(FlatClientProperties.STYLE, chip(outbound) + "; foreground: $Label.disabledForeground");
            return label;
        }
        if (picture && MediaClient.isStored(attachment.url())) {
            MediaImages.State state = images.get(attachment.url(), THUMBNAIL);
            if (state instanceof MediaImages.State.Ready ready) {
                label.setIcon(new ImageIcon(ready.image()));
                label.setOpaque(false);
                label.putClientProperty(FlatClientProperties.STYLE, "border: 2,0,2,0");
            } else {
                label.setText(text.get(state instanceof MediaImages.State.Loading ? "attachment.loading"
                        : "attachment.unavailable", kind, escape(title)));
                label.putClientProperty(FlatClientProperties.STYLE, chip(outbound) + "; foreground: $Label.disabledForeground");
            }
            return label;
        }
        String action = text.get(MediaClient.isStored(attachment.url()) ? "attachment.open"
                : attachment.kind() == ChatAttachment.Kind.LOCATION ? "attachment.openMap" : "attachment.browse");
        label.setText(text.get("attachment.row", kind, escape(title), hex(UIManager.getColor("Component.linkColor"), label.getForeground()), action));
        label.putClientProperty(FlatClientProperties.STYLE, chip(outbound));
        return label;
    }

    private static String chip(boolean outbound) {
        return outbound ? "border: 7,11,7,11; background: lighten($Component.accentColor,42%)"
                : "border: 7,11,7,11; background: darken($Panel.background,4%)";
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

    private static String hex(Color color, Color fallback) {
        return String.format("#%06X", (color == null ? fallback : color).getRGB() & 0xFFFFFF);
    }

    private static int textWidth(JLabel label, String value) {
        int widest = 0;
        for (String row : value.split("\n", -1)) {
            widest = Math.max(widest, label.getFontMetrics(label.getFont()).stringWidth(row));
        }
        return widest + 2;
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }

    /** One side's cell: meta line, bubble, attachments, status. */
    private static final class Side extends JPanel {
        final JLabel meta = new JLabel();
        final JLabel bubble = new JLabel();
        final JPanel attachments = new JPanel();
        final JLabel status = new JLabel();

        Side(boolean right) {
            super(new MigLayout("insets 6 12 6 12, fillx, gapy 2, wrap 1, hidemode 3", right ? "[grow,right]" : "[grow,left]", ""));
            meta.putClientProperty(FlatClientProperties.STYLE, "font: -2; foreground: $Label.disabledForeground");
            bubble.setOpaque(true);
            bubble.putClientProperty(FlatClientProperties.STYLE, chip(right));
            attachments.setLayout(new MigLayout("insets 0, gapy 4, wrap 1", right ? "[right]" : "[left]", ""));
            attachments.setOpaque(false);
            add(meta);
            add(bubble);
            add(attachments);
            add(status);
            setOpaque(true);
            setBackground(UIManager.getColor("List.background"));
        }
    }
}
