package org.switchboard.desktop.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.function.Consumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.switchboard.desktop.net.Credentials;
import org.switchboard.desktop.net.ServerAddress;
import org.switchboard.protocol.PhoneDevice;

/**
 * The first window: server, username, password and phone device. It checks the form, hands a valid
 * {@link Request} to the app and shows progress or what went wrong. EDT only.
 */
public final class LoginWindow {
    /** A form that passed the checks. */
    public record Request(ServerAddress address, Credentials credentials) {
    }

    private final UiText text;
    private final Consumer<Request> onLogin;
    private final JFrame frame = new JFrame();
    private final JTextField serverField = new JTextField(24);
    private final JTextField usernameField = new JTextField(24);
    private final JPasswordField passwordField = new JPasswordField(24);
    private final JComboBox<PhoneDevice.Kind> phoneDeviceCombo = new JComboBox<>(PhoneDevice.Kind.values());
    private final JTextField phoneNumberField = new JTextField(24);
    private final JButton loginButton = new JButton();
    private final JLabel progressLabel = new JLabel(" ");
    private final JLabel errorLabel = new JLabel(" ");

    public LoginWindow(UiText text, String server, String username, String password, Consumer<Request> onLogin,
                       Runnable onClose) {
        this.text = text;
        this.onLogin = onLogin;
        frame.setName("loginWindow");
        frame.setTitle(text.get("login.title"));
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                onClose.run();
            }
        });
        serverField.setText(server == null ? "" : server);
        usernameField.setText(username == null ? "" : username);
        passwordField.setText(password == null ? "" : password);
        name();
        style();
        phoneDeviceCombo.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focused) {
                return super.getListCellRendererComponent(list, text.get("phone." + value), index, selected, focused);
            }
        });
        phoneDeviceCombo.addActionListener(e -> phoneNumberField.setEnabled(needsNumber()));
        phoneNumberField.setEnabled(false);
        loginButton.setText(text.get("login.button"));
        loginButton.addActionListener(e -> submit());
        passwordField.addActionListener(e -> submit());
        frame.setContentPane(layout());
        frame.getRootPane().setDefaultButton(loginButton);
        frame.pack();
        frame.setResizable(false);
        frame.setLocationRelativeTo(null);
    }

    public void show() {
        frame.setVisible(true);
        firstEmptyField().requestFocusInWindow();
    }

    /** The app is opening the connection to {@code server}. */
    public void connecting(String server) {
        errorLabel.setText(" ");
        progressLabel.setText(text.get("login.connecting", server));
        setEditable(false);
    }

    /** Login did not succeed; {@code message} is meant for the agent. */
    public void failed(String message) {
        progressLabel.setText(" ");
        errorLabel.setText(message);
        setEditable(true);
        frame.pack();
    }

    public void dispose() {
        frame.dispose();
    }

    private void submit() {
        if (!loginButton.isEnabled()) {
            return;
        }
        ServerAddress address;
        try {
            address = ServerAddress.parse(serverField.getText());
        } catch (ServerAddress.InvalidServerAddress e) {
            failed(text.get("login.error.address." + e.problem(), e.value(), e.detail()));
            return;
        }
        if (usernameField.getText().isBlank()) {
            failed(text.get("login.error.username"));
            return;
        }
        PhoneDevice.Kind kind = (PhoneDevice.Kind) phoneDeviceCombo.getSelectedItem();
        if (needsNumber() && phoneNumberField.getText().isBlank()) {
            failed(text.get("login.error.phoneNumber", text.get("phone." + kind)));
            return;
        }
        PhoneDevice device = new PhoneDevice(kind, phoneNumberField.getText().strip());
        onLogin.accept(new Request(address, new Credentials(usernameField.getText(),
                new String(passwordField.getPassword()), device)));
    }

    private JTextField firstEmptyField() {
        if (serverField.getText().isBlank()) {
            return serverField;
        }
        return usernameField.getText().isBlank() ? usernameField : passwordField;
    }

    private boolean needsNumber() {
        Object kind = phoneDeviceCombo.getSelectedItem();
        return kind == PhoneDevice.Kind.DESK_PHONE || kind == PhoneDevice.Kind.EXTERNAL_NUMBER;
    }

    private void setEditable(boolean editable) {
        loginButton.setEnabled(editable);
        serverField.setEnabled(editable);
        usernameField.setEnabled(editable);
        passwordField.setEnabled(editable);
        phoneDeviceCombo.setEnabled(editable);
        phoneNumberField.setEnabled(editable && needsNumber());
    }

    private JPanel layout() {
        JPanel panel = new JPanel(new MigLayout("insets 24 28 20 28, wrap 2, fillx", "[right][grow,fill,280lp]", ""));
        JLabel heading = new JLabel(text.get("login.heading"));
        heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        JLabel subheading = new JLabel(text.get("login.subheading"));
        subheading.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        panel.add(heading, "span 2, left");
        panel.add(subheading, "span 2, left, gapbottom 16");
        panel.add(new JLabel(text.get("login.server")));
        panel.add(serverField);
        panel.add(new JLabel(text.get("login.username")));
        panel.add(usernameField);
        panel.add(new JLabel(text.get("login.password")));
        panel.add(passwordField);
        panel.add(new JLabel(text.get("login.phoneDevice")), "gaptop 8");
        panel.add(phoneDeviceCombo, "gaptop 8");
        panel.add(new JLabel(text.get("login.phoneNumber")));
        panel.add(phoneNumberField);
        panel.add(errorLabel, "span 2, left, gaptop 12");
        panel.add(progressLabel, "span 2, left");
        panel.add(loginButton, "span 2, right, gaptop 8, w 120lp!");
        return panel;
    }

    private void name() {
        serverField.setName("serverField");
        usernameField.setName("usernameField");
        passwordField.setName("passwordField");
        phoneDeviceCombo.setName("phoneDeviceCombo");
        phoneNumberField.setName("phoneNumberField");
        loginButton.setName("loginButton");
        errorLabel.setName("loginError");
        progressLabel.setName("loginProgress");
    }

    private void style() {
        serverField.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, text.get("login.server.placeholder"));
        phoneNumberField.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, text.get("login.phoneNumber.placeholder"));
        passwordField.putClientProperty(FlatClientProperties.STYLE, "showRevealButton: true");
        loginButton.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_ROUND_RECT);
        errorLabel.putClientProperty(FlatClientProperties.STYLE, "foreground: $Actions.Red");
        progressLabel.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
    }
}
