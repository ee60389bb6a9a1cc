package org.switchboard.relay.scenario;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated, immutable scenario of one version: blocks run from the first one along their exits.
 * Conversations keep the (name, version) they started with, so an edited scenario never changes a running chat.
 */
public record ScenarioDefinition(String name, int version, ZoneId timeZone, Inactivity inactivity, List<Block> blocks) {
    public ScenarioDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("scenario: name is missing");
        }
        if (version < 1) {
            throw new IllegalArgumentException("scenario '" + name + "': version " + version + " must be >= 1");
        }
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        inactivity = inactivity == null ? Inactivity.DEFAULT : inactivity;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("scenario '" + name + "': has no blocks");
        }
    }

    public Block first() {
        return blocks.get(0);
    }

    /** The block with this id; only called with ids validation has proven to exist. */
    public Block block(String id) {
        return blocks.stream().filter(block -> block.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("scenario '" + name + "' v" + version + ": no block '" + id + "'"));
    }

    Map<String, Block> byId() {
        Map<String, Block> byId = new LinkedHashMap<>();
        blocks.forEach(block -> byId.putIfAbsent(block.id(), block));
        return byId;
    }

    /**
     * Customer inactivity while connected to an agent: after half of {@code timeout} without a customer reply to
     * an agent the customer gets {@code warning}; after all of it the chat ends.
     */
    public record Inactivity(Duration timeout, String warning) {
        public static final Inactivity DEFAULT = new Inactivity(Duration.ofMinutes(10),
                "Are you still there? This chat will close soon if we don't hear from you.");

        public Inactivity {
            Checks.positive(timeout, "inactivity timeoutSeconds");
            Checks.text(warning, "inactivity warning");
        }
    }
}
