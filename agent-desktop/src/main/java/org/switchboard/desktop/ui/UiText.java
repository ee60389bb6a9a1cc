package org.switchboard.desktop.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The desktop's user-visible strings, all read from one bundle, {@code messages.properties}. */
public final class UiText {
    private final ResourceBundle bundle;
    private final Locale locale;

    public UiText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.switchboard.desktop.ui.messages", locale);
    }

    /** The text for {@code key}, with {@code {0}}… replaced by {@code args}. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
