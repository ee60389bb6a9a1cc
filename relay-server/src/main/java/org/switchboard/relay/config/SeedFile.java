package org.switchboard.relay.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The JSON seed an operator gives until the admin UI exists:
 * {@code {"accounts":[{name,pageId,pageUsername,pageAccessToken,appSecret,verifyToken}],
 * "agents":[{username,password,displayName,roles}], "scenarios":[{…scenario JSON…}],
 * "entries":[{name,pageId,scenario}], "services":[{name,outboundPageId}]}}. Unknown fields are refused;
 * scenarios, entries and services are optional.
 */
public record SeedFile(List<Account> accounts, List<Agent> agents, List<JsonNode> scenarios, List<Entry> entries,
                       List<Service> services) {
    public SeedFile {
        services = services == null ? List.of() : List.copyOf(services);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        agents = agents == null ? List.of() : List.copyOf(agents);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** A service (queue); {@code outboundPageId} is its one outbound Messenger account (optional). */
    public record Service(String name, String outboundPageId) {
    }

    /** A chat scenario entry: new conversations of {@code pageId} start {@code scenario} (its latest version). */
    public record Entry(String name, String pageId, String scenario) {
    }

    /** A Messenger page; {@code appSecretProof} is optional (default false). */
    public record Account(String name, String pageId, String pageUsername, String pageAccessToken, String appSecret,
                          String verifyToken, Boolean appSecretProof) {
        @Override
        public String toString() {
            return "Account[name=" + name + ", pageId=" + pageId + "]";
        }
    }

    /** A desktop user; {@code maxChats}, {@code skills} and {@code services} (default "Support") are optional. */
    public record Agent(String username, String password, String displayName, List<String> roles, Integer maxChats,
                        Map<String, Integer> skills, List<String> services) {
        @Override
        public String toString() {
            return "Agent[username=" + username + "]";
        }
    }
}
