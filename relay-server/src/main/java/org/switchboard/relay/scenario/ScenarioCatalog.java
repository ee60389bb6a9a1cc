package org.switchboard.relay.scenario;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every version of every scenario the relay has loaded, so a conversation resumes with the version it started
 * with while new conversations get the latest. Owned by the engine thread; not thread-safe.
 */
public final class ScenarioCatalog {
    private final Map<String, TreeMap<Integer, ScenarioDefinition>> versions = new HashMap<>();

    /** Adds a version; a different definition under an existing (name, version) is refused. */
    public void add(ScenarioDefinition definition) {
        TreeMap<Integer, ScenarioDefinition> byVersion = versions.computeIfAbsent(definition.name(), n -> new TreeMap<>());
        ScenarioDefinition existing = byVersion.putIfAbsent(definition.version(), definition);
        if (existing != null && !existing.equals(definition)) {
            throw new ScenarioValidationException("scenario '" + definition.name() + "': version " + definition.version()
                    + " already exists with other content; save it as version " + (byVersion.lastKey() + 1));
        }
    }

    public Optional<ScenarioDefinition> latest(String name) {
        TreeMap<Integer, ScenarioDefinition> byVersion = versions.get(name);
        return byVersion == null ? Optional.empty() : Optional.of(byVersion.lastEntry().getValue());
    }

    public Optional<ScenarioDefinition> version(String name, int version) {
        return Optional.ofNullable(versions.getOrDefault(name, new TreeMap<>()).get(version));
    }
}
