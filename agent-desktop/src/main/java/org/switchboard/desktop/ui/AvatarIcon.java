package org.switchboard.desktop.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.util.Locale;
import javax.swing.Icon;
import javax.swing.UIManager;
import org.switchboard.desktop.media.MediaImages;
import org.switchboard.protocol.Customer;

/** A customer's round picture, or their initials on the accent colour while there is none (or it is loading). */
final class AvatarIcon implements Icon {
    private final int size;
    private final Image picture;
    private final String initials;

    private AvatarIcon(int size, Image picture, String initials) {
        this.size = size;
        this.picture = picture;
        this.initials = initials;
    }

    /** Asks {@code images} for the customer's picture (which may start loading it). Call on the EDT. */
    static AvatarIcon of(Customer customer, MediaImages images, int size) {
        Image picture = customer.pictureUrl() != null
                && images.get(customer.pictureUrl(), size * 2) instanceof MediaImages.State.Ready ready ? ready.image() : null;
        return new AvatarIcon(size, picture, initials(customer.displayName()));
    }

    static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.strip().split("[\\s\\p{Punct}…]+")) {
            if (!word.isEmpty() && letters.length() < 2) {
                letters.appendCodePoint(word.codePointAt(0));
            }
        }
        return letters.length() == 0 ? "?" : letters.toString().toUpperCase(Locale.ROOT);
    }

    @Override
    public void paintIcon(Component component, Graphics graphics, int x, int y) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            Ellipse2D circle = new Ellipse2D.Double(x, y, size, size);
            if (picture != null) {
                g.clip(circle);
                int width = picture.getWidth(null);
                int height = picture.getHeight(null);
                double scale = (double) size / Math.min(width, height);
                int drawnWidth = (int) Math.round(width * scale);
                int drawnHeight = (int) Math.round(height * scale);
                g.drawImage(picture, x - (drawnWidth - size) / 2, y - (drawnHeight - size) / 2, drawnWidth, drawnHeight, null);
                return;
            }
            g.setColor(color("Component.accentColor", component.getForeground()));
            g.fill(circle);
            g.setColor(color("List.selectionForeground", component.getBackground()));
            g.setFont(component.getFont().deriveFont(Font.BOLD, size * 0.4f));
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(initials, x + (size - metrics.stringWidth(initials)) / 2,
                    y + (size - metrics.getHeight()) / 2 + metrics.getAscent());
        } finally {
            g.dispose();
        }
    }

    private static Color color(String key, Color fallback) {
        Color color = UIManager.getColor(key);
        return color == null ? fallback : color;
    }

    @Override
    public int getIconWidth() {
        return size;
    }

    @Override
    public int getIconHeight() {
        return size;
    }
}
