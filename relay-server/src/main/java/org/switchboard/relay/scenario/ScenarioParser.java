package org.switchboard.relay.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place scenario JSON becomes a {@link ScenarioDefinition}; used on load and on save. Every error is a
 * {@link ScenarioValidationException} naming the scenario, the block (1-based index, id, type) and the field.
 * Thread-safe.
 */
public final class ScenarioParser {
    private static final Logger log = LoggerFactory.getLogger(ScenarioParser.class);
    private static final Set<String> COMMON = Set.of("id", "type", "comment");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "SendMessage", Set.of("text", "quickReplies", "next"),
            "If", Set.of("branches", "default"),
            "FindAgent", Set.of("service", "skills", "priority", "escalation", "updates", "timeoutSeconds", "found", "timeout"),
            "ConnectChat", Set.of("destination", "answerTimeoutSeconds", "next", "noAnswer", "targetDisconnected"),
            "WaitForReply", Set.of("variable", "timeoutSeconds", "next", "timeout"),
            "SetVariable", Set.of("variable", "value", "next"),
            "SetPriority", Set.of("priority", "next"),
            "Survey", Set.of("question", "commentPrompt", "timeoutSeconds", "next", "timeout"),
            "Exit", Set.of());

    private final ObjectMapper mapper = new ObjectMapper();
    private final ConditionParser conditions = new ConditionParser();
    private final ScenarioValidator validator = new ScenarioValidator();

    public ScenarioDefinition parse(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioValidationException("scenario JSON is not valid: " + e.getOriginalMessage(), e);
        }
        String name = root != null && root.path("name").isTextual() ? root.get("name").asText() : "?";
        String owner = "scenario '" + name + "'";
        ScenarioDefinition definition;
        try {
            JsonFields f = new JsonFields(root, "scenario", Set.of("name", "version", "timeZone", "inactivity", "blocks"));
            List<JsonNode> nodes = f.array("blocks");
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                blocks.add(block(owner, i, nodes.get(i)));
            }
            definition = new ScenarioDefinition(f.text("name"), f.requiredInteger("version"),
                    f.has("timeZone") ? ConditionParser.zone(f.text("timeZone")) : null,
                    f.has("inactivity") ? inactivity(f.object("inactivity")) : null, blocks);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new ScenarioValidationException(owner + ": " + e.getMessage(), e);
        }
        validator.validate(definition);
        validator.warnings(definition).forEach(warning -> log.warn("{}", warning));
        return definition;
    }

    private Block block(String owner, int index, JsonNode node) {
        String id = node != null ? node.path("id").asText("?") : "?";
        String type = node != null ? node.path("type").asText("?") : "?";
        try {
            Set<String> allowed = FIELDS.get(type);
            if (allowed == null) {
                throw new IllegalArgumentException("unknown block type '" + type + "'");
            }
            Set<String> all = new HashSet<>(allowed);
            all.addAll(COMMON);
            return read(type, new JsonFields(node, "block", all));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new ScenarioValidationException(ScenarioValidator.where(owner, index, id, type) + e.getMessage(), e);
        }
    }

    private Block read(String type, JsonFields f) {
        String id = f.text("id");
        return switch (type) {
            case "SendMessage" -> new Block.SendMessage(id, f.text("text"), f.texts("quickReplies"), f.optionalText("next"));
            case "If" -> {
                List<Block.Branch> branches = new ArrayList<>();
                List<JsonNode> nodes = f.array("branches");
                for (int i = 0; i < nodes.size(); i++) {
                    JsonFields branch = new JsonFields(nodes.get(i), "branches[" + i + "]", Set.of("when", "next"));
                    branches.add(new Block.Branch(conditions.parse(branch.object("when"), "branches[" + i + "].when"),
                            branch.optionalText("next")));
                }
                yield new Block.If(id, branches, f.optionalText("default"));
            }
            case "FindAgent" -> new Block.FindAgent(id, f.text("service"), f.skills("skills"), f.integer("priority", 1),
                    escalation(f), f.has("updates") ? updates(f.object("updates")) : null,
                    f.seconds("timeoutSeconds", Duration.ofMinutes(15)), f.optionalText("found"), f.optionalText("timeout"));
            case "ConnectChat" -> new Block.ConnectChat(id, f.text("destination"),
                    f.seconds("answerTimeoutSeconds", Duration.ofSeconds(30)), f.optionalText("next"),
                    f.optionalText("noAnswer"), f.optionalText("targetDisconnected"));
            case "WaitForReply" -> new Block.WaitForReply(id, f.text("variable"), f.seconds("timeoutSeconds", Duration.ofMinutes(5)),
                    f.optionalText("next"), f.optionalText("timeout"));
            case "SetVariable" -> new Block.SetVariable(id, f.text("variable"), f.optionalText("value"), f.optionalText("next"));
            case "SetPriority" -> new Block.SetPriority(id, f.requiredInteger("priority"), f.optionalText("next"));
            case "Survey" -> new Block.Survey(id, f.text("question"), f.text("commentPrompt"),
                    f.seconds("timeoutSeconds", Duration.ofMinutes(5)), f.optionalText("next"), f.optionalText("timeout"));
            case "Exit" -> new Block.Exit(id);
            default -> throw new IllegalArgumentException("unknown block type '" + type + "'");
        };
    }

    private static List<Block.Escalation> escalation(JsonFields f) {
        List<Block.Escalation> steps = new ArrayList<>();
        List<JsonNode> nodes = f.array("escalation");
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields step = new JsonFields(nodes.get(i), "escalation[" + i + "]", Set.of("afterSeconds", "skills"));
            steps.add(new Block.Escalation(Duration.ofSeconds(step.requiredInteger("afterSeconds")), step.skills("skills")));
        }
        return steps;
    }

    private static Block.PositionUpdates updates(JsonNode node) {
        JsonFields f = new JsonFields(node, "updates", Set.of("everySeconds", "text"));
        return new Block.PositionUpdates(Duration.ofSeconds(f.requiredInteger("everySeconds")), f.text("text"));
    }

    private static ScenarioDefinition.Inactivity inactivity(JsonNode node) {
        JsonFields f = new JsonFields(node, "inactivity", Set.of("timeoutSeconds", "warning"));
        return new ScenarioDefinition.Inactivity(Duration.ofSeconds(f.requiredInteger("timeoutSeconds")), f.text("warning"));
    }
}
