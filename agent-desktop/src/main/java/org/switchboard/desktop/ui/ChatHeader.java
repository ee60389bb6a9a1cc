package org.switchboard.desktop.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.Clock;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.switchboard.desktop.media.MediaImages;
import org.switchboard.desktop.model.Chat;

/**
 * The top of the Chat Panel: the customer's picture (or initials), name and page, and the Messenger messaging
 * window counting down once a second while the chat is open. On the EDT only.
 */
final class ChatHeader extends JPanel {
    private final UiText text;
    private final Clock clock;
    private final MediaImages images;
    private final WindowText windowText;
    private final JLabel customerAvatar = new JLabel();
    private final JLabel customerName = new JLabel();
    private final JLabel pageName = new JLabel();
    private final JLabel windowLabel = new JLabel();
    private final Timer windowTicker = new Timer(1000, e -> renderWindow());
    private Chat chat;

    ChatHeader(UiText text, Clock clock, MediaImages images) {
        super(new MigLayout("insets 12 16 10 16, fillx, gapy 0, hidemode 3", "[][grow][]", ""));
        this.text = text;
        this.clock = clock;
        this.images = images;
        this.windowText = new WindowText(text);
        customerAvatar.setName("customerAvatar");
        windowLabel.setName("windowLabel");
        customerName.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        pageName.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        add(customerAvatar, "spany 2, aligny center, gapright 10");
        add(customerName);
        add(windowLabel, "spany 2, aligny center, wrap");
        add(pageName);
        images.addListener(this::renderAvatar);
    }

    @Override
    public void addNotify() {
        super.addNotify();
        windowTicker.start();
    }

    @Override
    public void removeNotify() {
        windowTicker.stop();
        super.removeNotify();
    }

    /** Shows {@code newChat} (null: none selected). */
    void show(Chat newChat) {
        chat = newChat;
        customerName.setText(chat == null ? text.get("chat.none") : chat.customer().displayName());
        String page = chat == null ? null : chat.customer().pageName() == null ? chat.customer().pageId() : chat.customer().pageName();
        pageName.setText(page == null ? " " : text.get("chat.page", page));
        renderAvatar();
        renderWindow();
    }

    /** The chat's window or ended state changed. */
    void renderWindow() {
        boolean show = chat != null && !chat.ended();
        windowLabel.setVisible(show);
        if (show) {
            boolean open = windowText.isOpen(chat.window(), clock.instant());
            windowLabel.setText(windowText.describe(chat.window(), clock.instant()));
            windowLabel.putClientProperty(FlatClientProperties.STYLE, open
                    ? "foreground: $Label.disabledForeground" : "font: bold; foreground: $Actions.Red");
        }
    }

    private void renderAvatar() {
        customerAvatar.setVisible(chat != null);
        customerAvatar.setIcon(chat == null ? null : AvatarIcon.of(chat.customer(), images, 44));
    }
}
