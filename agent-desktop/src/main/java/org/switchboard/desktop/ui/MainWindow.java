package org.switchboard.desktop.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Clock;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.JSplitPane;
import javax.swing.WindowConstants;
import org.switchboard.desktop.history.HistoryRecorder;
import org.switchboard.desktop.media.Media;
import org.switchboard.desktop.model.AgentCommands;
import org.switchboard.desktop.model.Desk;

/** The agent's main window: agent bar on top (with History), Active Communications left, Chat Panel center, status bar below. */
public final class MainWindow {
    private final JFrame frame = new JFrame();

    private HistoryDialog historyDialog;

    /** {@code media} serves pictures and files; {@code history} is the agent's local history. */
    public MainWindow(UiText text, Desk desk, AgentCommands commands, String server, Clock clock, Media media,
                      HistoryRecorder history, Runnable onClose) {
        frame.setName("mainWindow");
        frame.setTitle(text.get("main.title", desk.agent().displayName()));
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                onClose.run();
            }
        });
        desk.agent().addListener(() -> frame.setTitle(text.get("main.title", desk.agent().displayName())));

        ChatListPanel chatList = new ChatListPanel(text, desk.chats(), media.images());
        chatList.setMinimumSize(new Dimension(200, 0));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, chatList,
                new ChatPanel(text, desk.chats(), commands, clock, media));
        split.setDividerLocation(280);
        split.setContinuousLayout(true);

        JPanel top = new JPanel(new BorderLayout());
        Runnable openHistory = () -> {
            if (historyDialog == null) {
                historyDialog = new HistoryDialog(text, frame, history, media, clock.getZone());
            }
            historyDialog.show();
        };
        top.add(new AgentBar(text, desk.agent(), commands, openHistory), BorderLayout.CENTER);
        top.add(new JSeparator(), BorderLayout.SOUTH);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(new JSeparator(), BorderLayout.NORTH);
        bottom.add(new StatusBar(text, desk.agent(), server, clock), BorderLayout.CENTER);

        JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.NORTH);
        content.add(split, BorderLayout.CENTER);
        content.add(bottom, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.setSize(1100, 720);
        frame.setLocationRelativeTo(null);
    }

    public void show() {
        frame.setVisible(true);
    }

    public void dispose() {
        if (historyDialog != null) {
            historyDialog.dispose();
        }
        frame.dispose();
    }
}
