package org.switchboard.desktop.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.event.ActionEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.KeyEvent;
import java.time.ZoneId;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.switchboard.desktop.model.AgentCommands;
import org.switchboard.desktop.model.Chat;
import org.switchboard.desktop.model.ChatsModel;
import org.switchboard.desktop.model.TranscriptLine;

/**
 * The Chat Panel for the selected chat: customer header, transcript, composer (Enter sends, Shift+Enter
 * adds a line), Send and End Chat. Each chat keeps its own draft; an ended chat offers Close instead.
 */
final class ChatPanel extends JPanel {
    private final UiText text;
    private final ChatsModel chats;
    private final AgentCommands commands;
    private final JLabel customerName = new JLabel();
    private final JLabel pageName = new JLabel();
    private final TranscriptListModel lines = new TranscriptListModel();
    private final JList<TranscriptLine> transcript = new JList<>(lines);
    private final JLabel endedLabel = new JLabel();
    private final JTextArea composer = new JTextArea(3, 40);
    private final JButton sendButton = new JButton();
    private final JButton endChatButton = new JButton();
    private Chat current;

    ChatPanel(UiText text, ChatsModel chats, AgentCommands commands, ZoneId zone) {
        super(new MigLayout("insets 0, fill, wrap 1, gap 0", "[grow,fill]", "[][][grow,fill][][][]"));
        this.text = text;
        this.chats = chats;
        this.commands = commands;
        setName("chatPanel");
        transcript.setName("transcript");
        composer.setName("composer");
        sendButton.setName("sendButton");
        endChatButton.setName("endChatButton");
        endedLabel.setName("chatEndedLabel");
        transcript.setCellRenderer(new TranscriptRenderer(text, zone));
        transcript.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                lines.refresh();
            }
        });
        wireComposer();
        sendButton.setText(text.get("chat.send"));
        sendButton.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_ROUND_RECT);
        sendButton.addActionListener(e -> send());
        endChatButton.addActionListener(e -> endOrClose());
        add(header());
        add(new JSeparator());
        JScrollPane scroll = new JScrollPane(transcript);
        scroll.putClientProperty(FlatClientProperties.STYLE, "border: 0,0,0,0");
        add(scroll);
        add(new JSeparator());
        endedLabel.putClientProperty(FlatClientProperties.STYLE, "font: bold; foreground: $Actions.Red; border: 6,16,0,16");
        add(endedLabel, "hidemode 3");
        add(composerRow());
        chats.addListener(new ChatsModel.Listener() {
            @Override
            public void chatChanged(Chat chat) {
                if (chat == current) {
                    lines.refresh();
                    scrollToEnd();
                    renderState();
                }
            }

            @Override
            public void selectionChanged(Chat selected) {
                show(selected);
            }
        });
        show(chats.selected().orElse(null));
    }

    private void show(Chat chat) {
        current = null;
        composer.setText(chat == null ? "" : chat.draft());
        current = chat;
        customerName.setText(chat == null ? text.get("chat.none") : chat.customer().displayName());
        String page = chat == null ? null : chat.customer().pageName() == null ? chat.customer().pageId() : chat.customer().pageName();
        pageName.setText(page == null ? " " : text.get("chat.page", page));
        lines.show(chat);
        scrollToEnd();
        renderState();
        if (chat != null) {
            composer.requestFocusInWindow();
        }
    }

    private void renderState() {
        boolean open = current != null && !current.ended();
        composer.setEnabled(open);
        sendButton.setEnabled(open);
        endChatButton.setEnabled(current != null);
        endChatButton.setText(text.get(current != null && current.ended() ? "chat.close" : "chat.end"));
        endedLabel.setVisible(current != null && current.ended());
        if (current != null && current.ended()) {
            String reason = current.endedReason();
            endedLabel.setText(reason == null || reason.isBlank() ? text.get("chat.ended.noReason")
                    : text.get("chat.ended", reason));
        }
    }

    private void send() {
        String reply = composer.getText().strip();
        if (current == null || current.ended() || reply.isEmpty()) {
            return;
        }
        commands.send(current.chatId(), reply);
        composer.setText("");
    }

    private void endOrClose() {
        if (current == null) {
            return;
        }
        if (current.ended()) {
            chats.remove(current.chatId());
        } else {
            commands.endChat(current.chatId());
        }
    }

    private void scrollToEnd() {
        int last = lines.getSize() - 1;
        if (last >= 0) {
            transcript.ensureIndexIsVisible(last);
        }
    }

    private void wireComposer() {
        composer.setLineWrap(true);
        composer.setWrapStyleWord(true);
        composer.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, text.get("chat.composer.hint"));
        composer.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "send-reply");
        composer.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, KeyEvent.SHIFT_DOWN_MASK), "insert-break");
        composer.getActionMap().put("send-reply", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                send();
            }
        });
        composer.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                saveDraft();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                saveDraft();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                saveDraft();
            }
        });
    }

    private void saveDraft() {
        if (current != null) {
            chats.saveDraft(current.chatId(), composer.getText());
        }
    }

    private JPanel header() {
        JPanel header = new JPanel(new MigLayout("insets 12 16 10 16, fillx, gapy 0, wrap 1", "[grow]", ""));
        customerName.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        pageName.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        header.add(customerName);
        header.add(pageName);
        return header;
    }

    private JPanel composerRow() {
        JPanel row = new JPanel(new MigLayout("insets 8 16 12 16, fillx", "[grow,fill][]", "[top][top]"));
        JScrollPane scroll = new JScrollPane(composer);
        row.add(scroll, "spany 2, growy, hmin 64lp");
        row.add(sendButton, "w 110lp!, wrap");
        row.add(endChatButton, "w 110lp!");
        return row;
    }
}
