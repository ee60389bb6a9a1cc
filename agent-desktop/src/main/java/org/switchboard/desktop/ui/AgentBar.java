package org.switchboard.desktop.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;
import org.switchboard.desktop.model.AgentCommands;
import org.switchboard.desktop.model.AgentModel;
import org.switchboard.desktop.model.Link;
import org.switchboard.protocol.AgentState;

/**
 * The top bar: who is logged in, the Ready toggle and the state the relay reports. A click only asks the
 * relay; the toggle follows stateChanged, so it never shows a state the relay did not confirm.
 */
final class AgentBar extends JPanel {
    private final UiText text;
    private final AgentModel agent;
    private final JLabel nameLabel = new JLabel();
    private final JLabel stateLabel = new JLabel();
    private final JToggleButton stateToggle = new JToggleButton();
    private final JButton reasonButton = new JButton();
    private final JButton historyButton = new JButton();

    AgentBar(UiText text, AgentModel agent, AgentCommands commands, Runnable openHistory) {
        super(new MigLayout("insets 10 16 10 16, fillx", "[][grow][][][][]", "[center]"));
        this.text = text;
        this.agent = agent;
        stateLabel.setName("stateLabel");
        stateToggle.setName("stateToggle");
        nameLabel.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        stateToggle.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_ROUND_RECT);
        stateToggle.putClientProperty(FlatClientProperties.STYLE,
                "selectedBackground: $Actions.Green; selectedForeground: $List.selectionForeground; font: bold");
        stateToggle.setText(text.get("toggle.ready"));
        stateToggle.setToolTipText(text.get("toggle.tooltip"));
        stateToggle.addActionListener(e -> {
            commands.setReady(stateToggle.isSelected());
            render();
        });
        add(nameLabel);
        add(new JLabel(), "growx");
        add(stateLabel, "gapright 12");
        add(stateToggle, "w 110lp!");
        add(reasonButton);
        reasonButton.setName("notReadyReasonButton");
        reasonButton.setText(text.get("notReady.button"));
        reasonButton.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_ROUND_RECT);
        JPopupMenu reasons = new JPopupMenu();
        for (String reason : text.get("notReady.reasons").split("\\s*,\\s*")) {
            JMenuItem item = new JMenuItem(reason);
            item.addActionListener(e -> commands.setNotReady(reason));
            reasons.add(item);
        }
        reasonButton.addActionListener(e -> reasons.show(reasonButton, 0, reasonButton.getHeight()));
        historyButton.setName("historyButton");
        historyButton.setText(text.get("history.button"));
        historyButton.setToolTipText(text.get("history.button.tooltip"));
        historyButton.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_ROUND_RECT);
        historyButton.addActionListener(e -> openHistory.run());
        add(historyButton, "gapleft 12");
        agent.addListener(this::render);
        render();
    }

    private void render() {
        nameLabel.setText(agent.displayName());
        String state = text.get("state." + agent.state());
        String reason = agent.stateReason();
        stateLabel.setText(reason == null || reason.isBlank() ? state : text.get("state.withReason", state, reason));
        boolean ready = agent.state() == AgentState.READY;
        stateToggle.setSelected(ready);
        stateToggle.setEnabled(agent.link() == Link.LOGGED_IN);
        reasonButton.setEnabled(agent.link() == Link.LOGGED_IN);
        stateLabel.putClientProperty(FlatClientProperties.STYLE, ready
                ? "font: bold; foreground: $Actions.Green"
                : "font: bold; foreground: $Label.foreground");
    }
}
