package org.switchboard.relay.scenario;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@code $(name)} variables into message text; an unknown or empty variable renders as nothing, and the
 * space it leaves before punctuation is closed ("Hi $(item.firstName), …" reads "Hi, …" without a name).
 */
final class VariableText {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\(([A-Za-z][A-Za-z0-9_.]*)\\)");

    private static final Pattern EMPTY_GAP = Pattern.compile(" +([,.!?;:])");

    private VariableText() {
    }

    static String render(String template, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(variables.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return EMPTY_GAP.matcher(out).replaceAll("$1").strip();
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
