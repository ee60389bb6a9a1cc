package org.switchboard.relay.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.switchboard.relay.agents.AgentAccount;
import org.switchboard.relay.agents.AgentStore;
import org.switchboard.relay.agents.Role;

/** Desktop users in SQLite; roles as a comma list, skills as a JSON object of levels, services one per line. */
public final class SqliteAgentStore implements AgentStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Integer>> SKILLS = new TypeReference<>() { };

    private final Database database;
    private final Clock clock;

    public SqliteAgentStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Optional<AgentAccount> byUsername(String username) {
        return database.read(c -> Sql.one(c, "SELECT * FROM agents WHERE username = ?", SqliteAgentStore::map, username));
    }

    @Override
    public List<AgentAccount> all() {
        return database.read(c -> Sql.list(c, "SELECT * FROM agents ORDER BY username", SqliteAgentStore::map));
    }

    @Override
    public AgentAccount save(AgentAccount agent) {
        String roles = agent.roles().stream().map(Role::wire).sorted().collect(Collectors.joining(","));
        return database.write(c -> {
            Sql.update(c, "INSERT INTO agents (username, password_hash, display_name, roles, max_chats, skills, services,"
                            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET"
                            + " password_hash = excluded.password_hash, display_name = excluded.display_name,"
                            + " roles = excluded.roles, max_chats = excluded.max_chats, skills = excluded.skills,"
                            + " services = excluded.services, updated_at = excluded.updated_at",
                    agent.username(), agent.passwordHash(), agent.displayName(), roles, agent.maxChats(),
                    writeSkills(agent.skills()), String.join("\n", new java.util.TreeSet<>(agent.services())), clock.millis());
            return Sql.one(c, "SELECT * FROM agents WHERE username = ?", SqliteAgentStore::map, agent.username()).orElseThrow();
        });
    }

    private static AgentAccount map(ResultSet row) throws SQLException {
        return new AgentAccount(row.getLong("id"), row.getString("username"), row.getString("password_hash"),
                row.getString("display_name"),
                Arrays.stream(row.getString("roles").split(",")).map(Role::parse).collect(Collectors.toSet()),
                row.getInt("max_chats"), readSkills(row.getString("skills")),
                Set.of(row.getString("services").split("\n")));
    }

    private static String writeSkills(Map<String, Integer> skills) {
        try {
            return JSON.writeValueAsString(skills);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write skills " + skills, e);
        }
    }

    private static Map<String, Integer> readSkills(String json) throws SQLException {
        try {
            return JSON.readValue(json, SKILLS);
        } catch (JsonProcessingException e) {
            throw new SQLException("agents.skills is not a JSON object of levels: " + e.getOriginalMessage(), e);
        }
    }
}
