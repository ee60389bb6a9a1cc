package org.switchboard.relay.store;

import java.time.Clock;
import java.util.List;
import org.switchboard.relay.scenario.ScenarioDefinition;
import org.switchboard.relay.scenario.ScenarioEntry;
import org.switchboard.relay.scenario.ScenarioParser;

/**
 * Scenario definitions (every version kept, so running conversations keep theirs), scenario entries and services
 * in SQLite.
 * A definition is validated before it is stored; a version once stored never changes.
 */
public final class SqliteScenarioStore {
    private final Database database;
    private final Clock clock;
    private final ScenarioParser parser = new ScenarioParser();

    public SqliteScenarioStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Validates and stores a scenario version; storing the same text again changes nothing.
     * @throws org.switchboard.relay.scenario.ScenarioValidationException naming the block and field at fault
     * @throws StoreException when that version is already stored with other content
     */
    public ScenarioDefinition save(String json) {
        ScenarioDefinition definition = parser.parse(json);
        database.write(c -> {
            var stored = Sql.one(c, "SELECT definition FROM scenarios WHERE name = ? AND version = ?",
                    row -> row.getString(1), definition.name(), definition.version());
            if (stored.isPresent() && !stored.get().equals(json)) {
                throw new StoreException("scenario '" + definition.name() + "' v" + definition.version()
                        + " is already stored with other content; save the changed scenario as v" + (definition.version() + 1));
            }
            if (stored.isEmpty()) {
                Sql.update(c, "INSERT INTO scenarios (name, version, definition, saved_at) VALUES (?, ?, ?, ?)",
                        definition.name(), definition.version(), json, clock.millis());
            }
            return null;
        });
        return definition;
    }

    /** Every stored version of every scenario. */
    public List<ScenarioDefinition> all() {
        return database.read(c -> Sql.list(c, "SELECT definition FROM scenarios ORDER BY name, version",
                row -> row.getString(1))).stream().map(parser::parse).toList();
    }

    public List<ScenarioEntry> entries() {
        return database.read(c -> Sql.list(c, "SELECT name, page_id, scenario_name FROM scenario_entries ORDER BY name",
                row -> new ScenarioEntry(row.getString(1), row.getString(2), row.getString(3))));
    }

    /** Services and their outbound Messenger page (null: none), by service name. */
    public java.util.Map<String, String> serviceOutboundPages() {
        java.util.Map<String, String> pages = new java.util.TreeMap<>();
        database.read(c -> Sql.list(c, "SELECT name, outbound_page_id FROM services", row -> {
            pages.put(row.getString(1), row.getString(2));
            return null;
        }));
        return pages;
    }

    /** Inserts or replaces the service; the caller has checked the page rules (MessengerAssignments). */
    public void saveService(String name, String outboundPageId) {
        database.write(c -> Sql.update(c, "INSERT INTO services (name, outbound_page_id) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET outbound_page_id = excluded.outbound_page_id", name, outboundPageId));
    }

    /** Inserts or replaces the entry by name; the caller has checked the page rules (MessengerAssignments). */
    public void saveEntry(ScenarioEntry entry) {
        database.write(c -> Sql.update(c, "INSERT INTO scenario_entries (name, page_id, scenario_name) VALUES (?, ?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET page_id = excluded.page_id, scenario_name = excluded.scenario_name",
                entry.name(), entry.pageId(), entry.scenario()));
    }
}
