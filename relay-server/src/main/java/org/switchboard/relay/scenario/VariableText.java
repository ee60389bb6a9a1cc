package org.switchboard.relay.scenario;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders {@code $(name)} variables into message text; an unknown variable renders as empty text. */
final class VariableText {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\(([A-Za-z][A-Za-z0-9_.]*)\\)");

    private VariableText() {
    }

    static String render(String template, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(variables.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** How {@code $(queue.ewt)} reads to a customer. */
    static String waitText(Duration wait) {
        long minutes = (wait.toSeconds() + 59) / 60;
        if (minutes < 1) {
            return "less than a minute";
        }
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
