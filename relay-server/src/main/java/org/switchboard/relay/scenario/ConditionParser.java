package org.switchboard.relay.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the condition tree of an If branch: {@code {"type":"all","of":[{"type":"timeOfDay",...}, ...]}}. */
final class ConditionParser {
    private static final int MAX_DEPTH = 8;

    Condition parse(JsonNode node, String path) {
        return parse(node, path, 0);
    }

    private Condition parse(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException(path + ": conditions nested deeper than " + MAX_DEPTH);
        }
        String type = node != null && node.isObject() ? node.path("type").asText("") : "";
        try {
            return switch (type) {
                case "timeOfDay" -> {
                    JsonFields f = fields(node, path, "from", "to");
                    yield new Condition.TimeOfDay(time(f.text("from"), "from"), time(f.text("to"), "to"));
                }
                case "dayOfWeek" -> {
                    JsonFields f = fields(node, path, "days");
                    Set<DayOfWeek> days = new HashSet<>();
                    f.texts("days").forEach(day -> days.add(day(day)));
                    yield new Condition.DaysOfWeek(days);
                }
                case "businessHours" -> new Condition.OpenHours(businessHours(
                        fields(node, path, "timeZone", "hours", "holidays")));
                case "variable" -> {
                    JsonFields f = fields(node, path, "name", "op", "value");
                    yield new Condition.VariableCompare(f.text("name"), op(f.text("op")), f.optionalText("value"));
                }
                case "queueSize" -> {
                    JsonFields f = fields(node, path, "service", "op", "value");
                    yield new Condition.QueueSize(f.text("service"), op(f.text("op")), f.requiredInteger("value"));
                }
                case "estimatedWait" -> {
                    JsonFields f = fields(node, path, "service", "op", "seconds");
                    yield new Condition.EstimatedWait(f.text("service"), op(f.text("op")),
                            java.time.Duration.ofSeconds(f.requiredInteger("seconds")));
                }
                case "all", "any" -> {
                    JsonFields f = fields(node, path, "of");
                    List<Condition> of = new ArrayList<>();
                    List<JsonNode> items = f.array("of");
                    for (int i = 0; i < items.size(); i++) {
                        of.add(parse(items.get(i), path + "." + type + "[" + i + "]", depth + 1));
                    }
                    yield type.equals("all") ? new Condition.All(of) : new Condition.Any(of);
                }
                case "not" -> new Condition.Not(parse(fields(node, path, "of").object("of"), path + ".not", depth + 1));
                default -> throw new IllegalArgumentException("unknown condition type '" + type + "'");
            };
        } catch (IllegalArgumentException | DateTimeException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(path)) {
                throw e;
            }
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    private static JsonFields fields(JsonNode node, String path, String... allowed) {
        Set<String> names = new HashSet<>(List.of(allowed));
        names.add("type");
        return new JsonFields(node, path, names);
    }

    private static BusinessHours businessHours(JsonFields f) {
        ZoneId zone = zone(f.text("timeZone"));
        Map<DayOfWeek, List<BusinessHours.Hours>> week = new EnumMap<>(DayOfWeek.class);
        JsonNode hours = f.object("hours");
        if (!hours.isObject()) {
            throw new IllegalArgumentException("field 'hours' must map days to [\"09:00-17:00\", ...], was " + hours);
        }
        hours.fields().forEachRemaining(day -> {
            List<BusinessHours.Hours> ranges = new ArrayList<>();
            for (JsonNode range : day.getValue()) {
                String[] parts = range.asText().split("-");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("hours of " + day.getKey() + ": '" + range.asText()
                            + "' is not HH:MM-HH:MM");
                }
                ranges.add(new BusinessHours.Hours(time(parts[0], "hours"), time(parts[1], "hours")));
            }
            week.put(day(day.getKey()), ranges);
        });
        Set<LocalDate> holidays = new HashSet<>();
        for (String holiday : f.texts("holidays")) {
            try {
                holidays.add(LocalDate.parse(holiday));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("holiday '" + holiday + "' is not YYYY-MM-DD", e);
            }
        }
        return new BusinessHours(zone, week, holidays);
    }

    static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("bad time zone '" + zone + "'", e);
        }
    }

    private static LocalTime time(String text, String field) {
        if (text.trim().equals("24:00")) {
            return LocalTime.MAX;
        }
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("field '" + field + "': '" + text + "' is not HH:MM", e);
        }
    }

    private static DayOfWeek day(String text) {
        try {
            return DayOfWeek.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown day of week '" + text + "'", e);
        }
    }

    private static Comparison op(String text) {
        try {
            return Comparison.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown op '" + text + "' (eq, ne, lt, le, gt, ge, contains)", e);
        }
    }
}
