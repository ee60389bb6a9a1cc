package org.switchboard.desktop.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.switchboard.desktop.media.Media;
import org.switchboard.desktop.media.MediaImages;
import org.switchboard.desktop.model.AgentCommands;
import org.switchboard.desktop.model.Chat;
import org.switchboard.desktop.model.ChatsModel;
import org.switchboard.desktop.model.TranscriptLine;
import org.switchboard.protocol.ChatLine;

/**
 * The Chat Panel for the selected chat: customer header with picture, transcript with attachments, composer
 * (Enter sends, Shift+Enter adds a line), Send, Attach, Transfer, Conference and End Chat. Each chat keeps its own draft; an ended chat offers Close instead.
 */
final class ChatPanel extends JPanel {
    private final UiText text;
    private final ChatsModel chats;
    private final AgentCommands commands;
    private final ChatHeader header;
    private final TranscriptListModel lines = new TranscriptListModel();
    private final JList<TranscriptLine> transcript = new JList<>(lines);
    private final JLabel endedLabel = new JLabel();
    private final JTextArea composer = new JTextArea(3, 40);
    private final JButton sendButton = new JButton();
    private final JButton attachButton = new JButton();
    private final AttachmentUpload upload;
    private final MediaImages images;
    private final JButton endChatButton = new JButton();
    private final JButton transferButton = new JButton();
    private final JButton conferenceButton = new JButton();
    /** Per chat, the last customer line already reported as read. */
    private final Map<String, String> readUpTo = new HashMap<>();
    private final TypingSignal typing;
    private Chat current;
    /** Set while the panel itself fills the composer, so that is not taken for typing. */
    private boolean loading;

    ChatPanel(UiText text, ChatsModel chats, AgentCommands commands, Clock clock, Media media) {
        super(new MigLayout("insets 0, fill, wrap 1, gap 0", "[grow,fill]", "[][][grow,fill][][][][]"));
        this.text = text;
        this.chats = chats;
        this.commands = commands;
        this.images = media.images();
        this.upload = new AttachmentUpload(text, media, commands, this::renderState);
        this.header = new ChatHeader(text, clock, images);
        typing = new TypingSignal(commands);
        setName("chatPanel");
        transcript.setName("transcript");
        composer.setName("composer");
        sendButton.setName("sendButton");
        endChatButton.setName("endChatButton");
        endedLabel.setName("chatEndedLabel");
        attachButton.setName("attachButton");
        transcript.setCellRenderer(new TranscriptRenderer(text, clock.getZone(), DateTimeFormatter.ofPattern("HH:mm"), images));
        AttachmentClicks.install(transcript, new AttachmentActions(text, media, this)::open);
        images.addListener(() -> {
            boolean atEnd = transcript.getLastVisibleIndex() >= lines.getSize() - 1;
            lines.refresh();
            if (atEnd) {
                // after the list has taken the new row heights
                SwingUtilities.invokeLater(this::scrollToEnd);
            }
        });
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
        attachButton.setText(text.get("chat.attach"));
        attachButton.setToolTipText(text.get("chat.attach.tooltip"));
        attachButton.addActionListener(e -> attach());
        endChatButton.addActionListener(e -> endOrClose());
        transferButton.setName("transferButton");
        transferButton.setText(text.get("chat.transfer"));
        transferButton.setToolTipText(text.get("chat.transfer.tooltip"));
        transferButton.addActionListener(e -> handOff(HandOffDialog::transfer));
        conferenceButton.setName("conferenceButton");
        conferenceButton.setText(text.get("chat.conference"));
        conferenceButton.setToolTipText(text.get("chat.conference.tooltip"));
        conferenceButton.addActionListener(e -> handOff(HandOffDialog::conference));
        add(header);
        add(new JSeparator());
        JScrollPane scroll = new JScrollPane(transcript);
        scroll.putClientProperty(FlatClientProperties.STYLE, "border: 0,0,0,0");
        add(scroll);
        add(new JSeparator());
        endedLabel.putClientProperty(FlatClientProperties.STYLE, "font: bold; foreground: $Actions.Red; border: 6,16,0,16");
        add(endedLabel, "hidemode 3");
        add(upload, "hidemode 3, gaptop 6");
        add(composerRow());
        chats.addListener(new ChatsModel.Listener() {
            @Override
            public void chatChanged(Chat chat) {
                if (chat == current) {
                    lines.refresh();
                    scrollToEnd();
                    renderState();
                    markSeen();
                }
            }

            @Override
            public void selectionChanged(Chat selected) {
                show(selected);
            }
        });
        show(chats.selected().orElse(null));
    }

    @Override
    public void removeNotify() {
        typing.stop();
        super.removeNotify();
    }

    private void show(Chat chat) {
        typing.stop();
        current = null;
        fill(chat == null ? "" : chat.draft());
        current = chat;
        header.show(chat);
        upload.dismiss();
        lines.show(chat);
        scrollToEnd();
        renderState();
        markSeen();
        if (chat != null) {
            composer.requestFocusInWindow();
        }
    }

    /** Tells the relay the agent has seen the chat, once per new customer line. */
    private void markSeen() {
        if (current == null || current.ended()) {
            return;
        }
        List<TranscriptLine> all = current.lines();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).author() == ChatLine.Author.CUSTOMER) {
                String key = all.get(i).key();
                if (!key.equals(readUpTo.put(current.chatId(), key))) {
                    commands.markRead(current.chatId());
                }
                return;
            }
        }
    }

    private void typed() {
        if (!loading && current != null && !current.ended()) {
            typing.typed(current.chatId());
        }
    }

    private void fill(String value) {
        loading = true;
        try {
            composer.setText(value);
        } finally {
            loading = false;
        }
    }

    private void renderState() {
        boolean open = current != null && !current.ended();
        composer.setEnabled(open);
        sendButton.setEnabled(open);
        attachButton.setEnabled(open && !upload.busy());
        endChatButton.setEnabled(current != null);
        transferButton.setEnabled(open);
        conferenceButton.setEnabled(open);
        endChatButton.setText(text.get(current != null && current.ended() ? "chat.close" : "chat.end"));
        endedLabel.setVisible(current != null && current.ended());
        header.renderWindow();
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
        typing.sent();
        fill("");
    }

    private void attach() {
        if (current == null || current.ended() || upload.busy()) {
            return;
        }
        String chatId = current.chatId();
        JFileChooser chooser = new JFileChooser();
        chooser.setName("attachChooser");
        chooser.setDialogTitle(text.get("chat.attach.title", current.customer().displayName()));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            upload.start(chooser.getSelectedFile().toPath(), chatId);
        }
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

    /** Opens a Transfer or Conference dialog for the chat on screen; the dialog sends the command on OK. */
    private void handOff(HandOff dialog) {
        if (current != null && !current.ended()) {
            dialog.open(this, text, commands, current.chatId(), current.customer().displayName());
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
                typed();
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

    private JPanel composerRow() {
        JPanel row = new JPanel(new MigLayout("insets 8 16 12 16, fillx", "[grow,fill][][]", "[top][top][top]"));
        JScrollPane scroll = new JScrollPane(composer);
        row.add(scroll, "spany 3, growy, hmin 64lp");
        row.add(sendButton, "w 110lp!, wrap");
        row.add(attachButton, "w 110lp!");
        row.add(transferButton, "w 124lp!, wrap");
        row.add(endChatButton, "w 110lp!");
        row.add(conferenceButton, "w 124lp!");
        return row;
    }

    /** How a hand-off dialog is opened: {@link HandOffDialog#transfer} or {@link HandOffDialog#conference}. */
    @FunctionalInterface
    private interface HandOff {
        void open(Component owner, UiText text, AgentCommands commands, String chatId, String customer);
    }
}
