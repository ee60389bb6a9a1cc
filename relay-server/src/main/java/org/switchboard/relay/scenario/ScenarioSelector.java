package org.switchboard.relay.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which scenario a new conversation on a page starts: the latest version of the scenario of the page's entry,
 * or the default ("Mobile Chat") for a page no entry names. Immutable.
 */
public final class ScenarioSelector {
    private final ScenarioCatalog catalog;
    private final ScenarioDefinition fallback;
    private final Map<String, String> scenarioByPage = new HashMap<>();

    public ScenarioSelector(ScenarioCatalog catalog, List<ScenarioEntry> entries, ScenarioDefinition fallback) {
        this.catalog = catalog;
        this.fallback = fallback;
        for (ScenarioEntry entry : entries) {
            if (entry.pageId() != null) {
                scenarioByPage.put(entry.pageId(), entry.scenario());
            }
        }
    }

    public ScenarioDefinition forPage(String pageId) {
        String name = scenarioByPage.get(pageId);
        return name == null ? fallback : catalog.latest(name).orElse(fallback);
    }

    /** The exact version a running conversation started with (after a restart), else the page's current one. */
    public ScenarioDefinition version(String name, int version, String pageId) {
        return catalog.version(name, version).orElseGet(() -> forPage(pageId));
    }
}
