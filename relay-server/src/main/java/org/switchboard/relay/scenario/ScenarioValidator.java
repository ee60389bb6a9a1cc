package org.switchboard.relay.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whole-scenario checks the records cannot make alone: unique ids, every exit present and pointing at a block.
 * Unreachable blocks are only warnings, since a scenario under construction often has some.
 */
public final class ScenarioValidator {

    public void validate(ScenarioDefinition definition) {
        String owner = "scenario '" + definition.name() + "'";
        Map<String, Integer> indexById = new HashMap<>();
        List<Block> blocks = definition.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Integer earlier = indexById.putIfAbsent(block.id(), i);
            if (earlier != null) {
                throw new ScenarioValidationException(where(owner, i, block) + "duplicate id, already used by block "
                        + (earlier + 1));
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            for (Map.Entry<String, String> exit : block.exits().entrySet()) {
                if (exit.getValue() == null || exit.getValue().isBlank()) {
                    throw new ScenarioValidationException(where(owner, i, block) + "missing exit '" + exit.getKey() + "'");
                }
                if (!indexById.containsKey(exit.getValue())) {
                    throw new ScenarioValidationException(where(owner, i, block) + "unknown exit target '"
                            + exit.getValue() + "' (exit '" + exit.getKey() + "')");
                }
            }
        }
    }

    /** Human-readable notes about blocks no path from the first block reaches. */
    public List<String> warnings(ScenarioDefinition definition) {
        Set<String> reached = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(definition.first().id()));
        Map<String, Block> byId = definition.byId();
        while (!toVisit.isEmpty()) {
            String id = toVisit.pop();
            if (reached.add(id) && byId.containsKey(id)) {
                toVisit.addAll(byId.get(id).exits().values().stream().filter(t -> t != null).toList());
            }
        }
        List<String> warnings = new ArrayList<>();
        List<Block> blocks = definition.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (!reached.contains(blocks.get(i).id())) {
                warnings.add(where("scenario '" + definition.name() + "'", i, blocks.get(i)) + "unreachable");
            }
        }
        return warnings;
    }

    static String where(String owner, int index, Block block) {
        return where(owner, index, block.id(), block.type());
    }

    static String where(String owner, int index, String id, String type) {
        return owner + ", block " + (index + 1) + " '" + id + "' (" + type + "): ";
    }
}
