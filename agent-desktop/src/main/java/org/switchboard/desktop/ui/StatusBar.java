package org.switchboard.desktop.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.Clock;
import java.time.Duration;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.switchboard.desktop.model.AgentModel;
import org.switchboard.desktop.model.Link;

/**
 * The bottom line: whether the relay link is up (loudly when it is not, counting down to the next
 * reconnect) and the relay's last notice.
 */
final class StatusBar extends JPanel {
    /** The relay's code for a transfer that no agent or service took; shown as its own, bold notice. */
    private static final String TRANSFER_FAILED = "transfer-failed";
    private final UiText text;
    private final AgentModel agent;
    private final String server;
    private final Clock clock;
    private final JLabel connectionStatus = new JLabel();
    private final JLabel notice = new JLabel();
    private final Timer countdown = new Timer(500, e -> render());

    StatusBar(UiText text, AgentModel agent, String server, Clock clock) {
        super(new MigLayout("insets 4 12 4 12, fillx", "[grow][]", ""));
        this.text = text;
        this.agent = agent;
        this.server = server;
        this.clock = clock;
        connectionStatus.setName("connectionStatus");
        notice.setName("statusNotice");
        add(connectionStatus, "growx");
        add(notice);
        agent.addListener(this::render);
        render();
    }

    @Override
    public void removeNotify() {
        countdown.stop();
        super.removeNotify();
    }

    private void render() {
        Link link = agent.link();
        String detail = agent.linkDetail();
        connectionStatus.setText(switch (link) {
            case LOGGED_IN -> text.get("status.connected", server);
            case CONNECTING -> text.get("status.connecting", server);
            case RECONNECTING -> text.get("status.reconnecting", detail, secondsToRetry());
            case REFUSED -> text.get("status.refused", detail);
            case UNREACHABLE, GAVE_UP -> text.get("status.gaveUp", detail);
        });
        connectionStatus.putClientProperty(FlatClientProperties.STYLE, link == Link.LOGGED_IN
                ? "font: -1; foreground: $Label.disabledForeground"
                : "font: bold; foreground: $Actions.Red");
        notice.setText(agent.notice() == null ? ""
                : text.get(TRANSFER_FAILED.equals(agent.noticeCode()) ? "status.transferFailed" : "status.notice", agent.notice()));
        notice.putClientProperty(FlatClientProperties.STYLE, TRANSFER_FAILED.equals(agent.noticeCode())
                ? "font: bold; foreground: $Actions.Red" : "foreground: $Actions.Red");
        if (link == Link.RECONNECTING) {
            countdown.start();
        } else {
            countdown.stop();
        }
    }

    private long secondsToRetry() {
        Duration left = agent.retryAt() == null ? Duration.ZERO : Duration.between(clock.instant(), agent.retryAt());
        return Math.max(0, (left.toMillis() + 999) / 1000);
    }
}
