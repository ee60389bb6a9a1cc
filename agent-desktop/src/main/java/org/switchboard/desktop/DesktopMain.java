package org.switchboard.desktop;

import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the Agent Desktop: reads {@code --server}, {@code --username}, {@code --password}, then opens the login window on the EDT. */
public final class DesktopMain {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopMain.class);

    private DesktopMain() {
    }

    public static void main(String[] args) {
        LoginDefaults defaults;
        try {
            defaults = parse(args);
        } catch (IllegalArgumentException e) {
            LOG.error("{}; usage: DesktopMain [--server URL] [--username U] [--password P]", e.getMessage());
            System.exit(2);
            return;
        }
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            DesktopApp.open(defaults);
        });
    }

    /** @throws IllegalArgumentException naming an unknown option or one without a value */
    static LoginDefaults parse(String[] args) {
        String server = null;
        String username = null;
        String password = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.equals("--server") && !option.equals("--username") && !option.equals("--password")) {
                throw new IllegalArgumentException("unknown option '" + option + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--server" -> server = value;
                case "--username" -> username = value;
                default -> password = value;
            }
        }
        return new LoginDefaults(server, username, password);
    }
}
