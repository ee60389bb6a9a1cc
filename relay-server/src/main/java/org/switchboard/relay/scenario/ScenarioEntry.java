package org.switchboard.relay.scenario;

/**
 * A chat scenario entry: the door a page's new conversations come through, naming the scenario they start.
 * {@code pageId} is its Messenger Accounts field (null: no page yet).
 */
public record ScenarioEntry(String name, String pageId, String scenario) {
    public ScenarioEntry {
        Checks.text(name, "entry name");
        Checks.text(scenario, "scenario entry '" + name + "': scenario");
        pageId = pageId == null || pageId.isBlank() ? null : pageId;
    }
}
