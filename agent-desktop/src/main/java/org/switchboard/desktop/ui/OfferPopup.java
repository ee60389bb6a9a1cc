package org.switchboard.desktop.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.time.Clock;
import java.time.Duration;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.switchboard.desktop.model.AgentCommands;
import org.switchboard.desktop.model.OffersModel;
import org.switchboard.protocol.ServerMessage.Offer;

/**
 * The offer toast: a non-modal, always-on-top dialog near the bottom-right of the screen with the customer,
 * page, preview and a countdown to {@code expiresAt}; at zero it closes itself. EDT only.
 */
final class OfferPopup {
    private final JDialog dialog = new JDialog();
    private final UiText text;
    private final Offer offer;
    private final Clock clock;
    private final OffersModel offers;
    private final JLabel countdown = new JLabel();
    private final Timer ticker;

    OfferPopup(UiText text, Offer offer, Clock clock, OffersModel offers, AgentCommands commands, int stackIndex) {
        this.text = text;
        this.offer = offer;
        this.clock = clock;
        this.offers = offers;
        dialog.setName("offerPopup");
        dialog.setTitle(text.get("offer.title"));
        dialog.setModal(false);
        dialog.setUndecorated(true);
        dialog.setAlwaysOnTop(true);
        dialog.setAutoRequestFocus(false);
        dialog.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);

        JButton accept = new JButton(text.get("offer.accept"));
        accept.setName("acceptButton");
        accept.putClientProperty(FlatClientProperties.STYLE, "background: $Actions.Green; foreground: $List.selectionForeground; font: bold");
        accept.addActionListener(e -> {
            commands.accept(offer.chatId());
            offers.remove(offer.chatId());
        });
        JButton reject = new JButton(text.get("offer.reject"));
        reject.setName("rejectButton");
        reject.addActionListener(e -> {
            commands.reject(offer.chatId());
            offers.remove(offer.chatId());
        });

        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, fillx, gapy 4", "[grow,fill,300lp]", ""));
        panel.putClientProperty(FlatClientProperties.STYLE, "border: 16,20,16,20,$Component.accentColor,2,0");
        JLabel heading = new JLabel(heading(text, offer));
        heading.setName("offerCustomer");
        heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        String page = offer.customer().pageName() == null ? offer.customer().pageId() : offer.customer().pageName();
        JLabel pageLabel = new JLabel(text.get("offer.page", page));
        pageLabel.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        JLabel preview = new JLabel("<html><div style='width:260px'><i>"
                + text.get("offer.preview", offer.preview().replace("&", "&amp;").replace("<", "&lt;")) + "</i></div></html>");
        preview.setName("offerPreview");
        countdown.setName("offerCountdown");
        countdown.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        panel.add(heading);
        if (!handedOn(offer).isEmpty()) {
            JLabel customer = new JLabel(text.get("offer.customer", offer.customer().displayName()));
            customer.setName("offerHandedOnCustomer");
            panel.add(customer);
        }
        panel.add(pageLabel);
        if (offer.service() != null && !offer.service().isBlank()) {
            JLabel service = new JLabel(text.get("offer.service", offer.service()));
            service.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
            panel.add(service);
        }
        JLabel window = new JLabel(new WindowText(text).describe(offer.window(), clock.instant()));
        window.setName("offerWindow");
        window.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        panel.add(window);
        panel.add(preview, "gaptop 6, hidemode 3");
        preview.setVisible(!offer.preview().isBlank());
        panel.add(countdown, "gaptop 6");
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx", "[grow][]8[]", ""));
        buttons.add(reject, "skip, w 96lp!");
        buttons.add(accept, "w 96lp!");
        panel.add(buttons, "gaptop 8");
        dialog.setContentPane(panel);
        ticker = new Timer(250, e -> tick());
        tick();
        dialog.pack();
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        dialog.setLocation(screen.x + screen.width - dialog.getWidth() - 24,
                screen.y + screen.height - (dialog.getHeight() + 16) * (stackIndex + 1) - 8);
    }

    void show() {
        dialog.setVisible(true);
        ticker.start();
    }

    void dispose() {
        ticker.stop();
        dialog.dispose();
    }

    /** "New chat from" the customer, or "Transfer from" / "Conference invitation from" the agent who sent it. */
    private static String heading(UiText text, Offer offer) {
        String via = handedOn(offer);
        return via.isEmpty() ? text.get("offer.heading", offer.customer().displayName())
                : text.get("offer.heading." + via, offer.from());
    }

    /** "transfer" or "conference" when another agent handed this chat on, else empty. */
    private static String handedOn(Offer offer) {
        boolean fromAgent = offer.from() != null && !offer.from().isBlank();
        return fromAgent && ("transfer".equals(offer.via()) || "conference".equals(offer.via())) ? offer.via() : "";
    }

    private void tick() {
        Duration left = Duration.between(clock.instant(), offer.expiresAt());
        if (left.isNegative() || left.isZero()) {
            offers.remove(offer.chatId());
            return;
        }
        long seconds = (left.toMillis() + 999) / 1000;
        countdown.setText(text.get("offer.countdown", seconds));
    }
}
