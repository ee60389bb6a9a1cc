package org.switchboard.desktop.ui;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.switchboard.desktop.model.AgentCommands;
import org.switchboard.desktop.model.TransferTarget;

/**
 * The small modal dialogs that hand a chat on: Transfer (to an agent or a service) and Conference (invite an
 * agent). OK stays disabled until a name is typed; Enter is OK, Escape or Cancel closes without sending. EDT only.
 */
final class HandOffDialog {
    private final JDialog dialog;
    private final JTextField target = new JTextField(20);
    private final JButton ok = new JButton();
    private final JButton cancel = new JButton();

    private HandOffDialog(Component owner, UiText text, String name, String title) {
        dialog = new JDialog(SwingUtilities.getWindowAncestor(owner), title, JDialog.DEFAULT_MODALITY_TYPE);
        dialog.setName(name + "Dialog");
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        dialog.setResizable(false);
        target.setName(name + "Target");
        ok.setName(name + "Ok");
        ok.setText(text.get("handOff.ok"));
        ok.setEnabled(false);
        target.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                ok.setEnabled(!target.getText().isBlank());
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                ok.setEnabled(!target.getText().isBlank());
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                ok.setEnabled(!target.getText().isBlank());
            }
        });
        dialog.getRootPane().setDefaultButton(ok);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        cancel.setName(name + "Cancel");
        cancel.setText(text.get("handOff.cancel"));
        cancel.addActionListener(e -> dialog.dispose());
    }

    /** Asks where to transfer {@code chatId} (customer {@code customer}) and sends the command on OK. */
    static void transfer(Component owner, UiText text, AgentCommands commands, String chatId, String customer) {
        HandOffDialog handOff = new HandOffDialog(owner, text, "transfer", text.get("transfer.title", customer));
        JRadioButton toAgent = new JRadioButton(text.get("transfer.toAgent"), true);
        toAgent.setName("transferToAgent");
        JRadioButton toService = new JRadioButton(text.get("transfer.toService"));
        toService.setName("transferToService");
        ButtonGroup choice = new ButtonGroup();
        choice.add(toAgent);
        choice.add(toService);
        JLabel label = new JLabel(text.get("transfer.agent"));
        toAgent.addActionListener(e -> label.setText(text.get("transfer.agent")));
        toService.addActionListener(e -> label.setText(text.get("transfer.service")));
        JPanel kinds = new JPanel(new MigLayout("insets 0", "[]16[]", ""));
        kinds.add(toAgent);
        kinds.add(toService);
        handOff.show(owner, kinds, label, name -> commands.transfer(chatId, toAgent.isSelected()
                ? TransferTarget.agent(name) : TransferTarget.service(name)));
    }

    /** Asks which agent to invite into {@code chatId} (customer {@code customer}) and sends the command on OK. */
    static void conference(Component owner, UiText text, AgentCommands commands, String chatId, String customer) {
        HandOffDialog handOff = new HandOffDialog(owner, text, "conference", text.get("conference.title", customer));
        handOff.show(owner, null, new JLabel(text.get("conference.agent")),
                name -> commands.conference(chatId, name));
    }

    private void show(Component owner, JPanel choice, JLabel label, Consumer<String> send) {
        ok.addActionListener(e -> {
            if (!target.getText().isBlank()) {
                send.accept(target.getText().strip());
                dialog.dispose();
            }
        });
        JPanel panel = new JPanel(new MigLayout("insets 16 20 16 20, wrap 1, fillx", "[grow,fill,260lp]", ""));
        if (choice != null) {
            panel.add(choice);
        }
        panel.add(label, "gaptop 4");
        panel.add(target);
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx", "[grow][]8[]", ""));
        buttons.add(cancel, "skip, w 88lp!");
        buttons.add(ok, "w 88lp!");
        panel.add(buttons, "gaptop 10");
        dialog.setContentPane(panel);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }
}
