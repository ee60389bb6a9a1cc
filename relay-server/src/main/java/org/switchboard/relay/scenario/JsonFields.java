package org.switchboard.relay.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads of one JSON object of a scenario, refusing unknown fields (typos) and naming the field on error.
 * Errors are IllegalArgumentExceptions; {@link ScenarioParser} adds which scenario and block they belong to.
 */
final class JsonFields {
    private final JsonNode node;

    JsonFields(JsonNode node, String what, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object, was " + node);
        }
        node.fieldNames().forEachRemaining(field -> {
            if (!allowed.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "' in " + what);
            }
        });
        this.node = node;
    }

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' must be text, was " + value);
        }
        return value.asText();
    }

    String optionalText(String field) {
        return has(field) ? text(field) : null;
    }

    int integer(String field, int fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("field '" + field + "' must be an integer, was " + value);
        }
        return value.asInt();
    }

    int requiredInteger(String field) {
        if (!has(field)) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return integer(field, 0);
    }

    Duration seconds(String field, Duration fallback) {
        return has(field) ? Duration.ofSeconds(integer(field, 0)) : fallback;
    }

    List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(field)) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("field '" + field + "' must hold text, found " + item);
            }
            texts.add(item.asText());
        }
        return texts;
    }

    List<JsonNode> array(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("field '" + field + "' must be an array, was " + value);
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    JsonNode object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }

    Map<String, Integer> skills(String field) {
        JsonNode value = node.get(field);
        Map<String, Integer> skills = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return skills;
        }
        if (!value.isObject()) {
            throw new IllegalArgumentException("field '" + field + "' must map skill names to levels, was " + value);
        }
        value.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isIntegralNumber()) {
                throw new IllegalArgumentException("field '" + field + "': skill '" + entry.getKey()
                        + "' level must be an integer, was " + entry.getValue());
            }
            skills.put(entry.getKey(), entry.getValue().asInt());
        });
        return skills;
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }
}
