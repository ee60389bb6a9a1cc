package org.switchboard.desktop.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Component;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.switchboard.desktop.media.MediaImages;
import org.switchboard.desktop.model.Chat;
import org.switchboard.desktop.model.ChatsModel;

/** Active Communications: one row per chat with the customer's picture and name, the page and an unread badge. */
final class ChatListPanel extends JPanel {
    private final ChatsModel chats;
    private final DefaultListModel<Chat> rows = new DefaultListModel<>();
    private final JList<Chat> chatList = new JList<>(rows);
    /** Set while the list mirrors the model, so the mirrored selection is not sent back. */
    private boolean syncing;

    ChatListPanel(UiText text, ChatsModel chats, MediaImages images) {
        super(new BorderLayout());
        this.chats = chats;
        chatList.setName("chatList");
        chatList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        chatList.setCellRenderer(new Row(text, images));
        images.addListener(chatList::repaint);
        chatList.addListSelectionListener(e -> {
            if (!syncing && !e.getValueIsAdjusting() && chatList.getSelectedValue() != null) {
                chats.select(chatList.getSelectedValue().chatId());
            }
        });
        JLabel title = new JLabel(text.get("chats.title"));
        title.putClientProperty(FlatClientProperties.STYLE, "font: bold; border: 10,12,8,12");
        JScrollPane scroll = new JScrollPane(chatList);
        scroll.putClientProperty(FlatClientProperties.STYLE, "border: 0,0,0,0");
        add(title, BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
        chats.addListener(new ChatsModel.Listener() {
            @Override
            public void chatsChanged() {
                reload();
            }

            @Override
            public void chatChanged(Chat chat) {
                int index = rows.indexOf(chat);
                if (index >= 0) {
                    rows.set(index, chat);
                }
            }

            @Override
            public void selectionChanged(Chat selected) {
                mirrorSelection();
            }
        });
        reload();
    }

    private void reload() {
        syncing = true;
        try {
            rows.clear();
            rows.addAll(chats.chats());
        } finally {
            syncing = false;
        }
        mirrorSelection();
    }

    private void mirrorSelection() {
        syncing = true;
        try {
            chats.selected().ifPresentOrElse(chat -> chatList.setSelectedValue(chat, true), chatList::clearSelection);
        } finally {
            syncing = false;
        }
    }

    /** Renders one chat row. */
    private static final class Row extends JPanel implements ListCellRenderer<Chat> {
        private final UiText text;
        private final MediaImages images;
        private final JLabel avatar = new JLabel();
        private final JLabel name = new JLabel();
        private final JLabel page = new JLabel();
        private final JLabel badge = new JLabel();

        Row(UiText text, MediaImages images) {
            super(new MigLayout("insets 8 12 8 12, fillx, gapy 2", "[][grow][]", "[][]"));
            this.text = text;
            this.images = images;
            name.putClientProperty(FlatClientProperties.STYLE, "font: bold");
            page.putClientProperty(FlatClientProperties.STYLE, "font: -1");
            badge.putClientProperty(FlatClientProperties.STYLE,
                    "font: bold -1; foreground: $List.selectionForeground; background: $Component.accentColor;"
                            + " border: 1,7,1,7; arc: 999");
            badge.setOpaque(true);
            add(avatar, "spany 2, aligny center, gapright 8");
            add(name, "growx");
            add(badge, "spany 2, aligny center, wrap");
            add(page, "growx");
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends Chat> list, Chat chat, int index,
                                                      boolean selected, boolean focused) {
            avatar.setIcon(AvatarIcon.of(chat.customer(), images, 32));
            name.setText(chat.customer().displayName());
            String pageName = chat.customer().pageName() == null ? chat.customer().pageId() : chat.customer().pageName();
            page.setText(chat.ended() ? text.get("chats.pageEnded", pageName) : pageName);
            badge.setText(Integer.toString(chat.unread()));
            badge.setVisible(chat.unread() > 0);
            setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            name.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            page.setForeground(selected ? list.getSelectionForeground() : UIManager.getColor("Label.disabledForeground"));
            return this;
        }
    }
}
