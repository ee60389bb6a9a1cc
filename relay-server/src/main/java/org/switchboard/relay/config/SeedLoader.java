package org.switchboard.relay.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.accounts.AccountStore;
import org.switchboard.relay.accounts.MessengerAccount;
import org.switchboard.relay.agents.AgentAccount;
import org.switchboard.relay.agents.AgentStore;
import org.switchboard.relay.agents.PasswordHasher;
import org.switchboard.relay.agents.Role;
import org.switchboard.relay.scenario.AssignmentConflictException;
import org.switchboard.relay.scenario.MessengerAssignments;
import org.switchboard.relay.scenario.ScenarioCatalog;
import org.switchboard.relay.scenario.ScenarioDefinition;
import org.switchboard.relay.scenario.ScenarioEntry;
import org.switchboard.relay.scenario.ScenarioParser;
import org.switchboard.relay.scenario.ScenarioValidationException;
import org.switchboard.relay.store.SqliteScenarioStore;
import org.switchboard.relay.store.StoreException;

/**
 * Applies a {@link SeedFile} at start: accounts upserted by page ID, agents by username. Idempotent: an agent
 * whose stored hash already matches the seed password keeps it, so restarts do not rehash.
 */
public final class SeedLoader {
    private static final Logger LOG = LoggerFactory.getLogger(SeedLoader.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final AccountStore accounts;
    private final AgentStore agents;
    private final SqliteScenarioStore scenarios;
    private final PasswordHasher hasher;
    private final List<ScenarioDefinition> builtInScenarios;

    public SeedLoader(AccountStore accounts, AgentStore agents, SqliteScenarioStore scenarios, PasswordHasher hasher,
                      List<ScenarioDefinition> builtInScenarios) {
        this.accounts = accounts;
        this.agents = agents;
        this.scenarios = scenarios;
        this.hasher = hasher;
        this.builtInScenarios = List.copyOf(builtInScenarios);
    }

    public static SeedFile read(Path file) {
        try {
            return JSON.readValue(Files.readAllBytes(file), SeedFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException("seed file " + file + ": unknown field '" + e.getPropertyName() + "' at "
                    + path(e) + "; known fields: " + e.getKnownPropertyIds(), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException("seed file " + file + ": " + e.getOriginalMessage()
                    + (e instanceof JsonMappingException mapping ? " at " + path(mapping) : ""), e);
        } catch (IOException e) {
            throw new ConfigException("cannot read seed file " + file.toAbsolutePath() + ": " + e, e);
        }
    }

    /** Validates the whole seed first, then stores it; a bad entry stores nothing. */
    public void apply(SeedFile seed, String origin) {
        List<MessengerAccount> newAccounts = seed.accounts().stream().map(a -> toAccount(a, origin)).toList();
        List<AgentAccount> newAgents = seed.agents().stream().map(a -> toAgent(a, origin)).toList();
        List<String> scenarioJsons = seed.scenarios().stream().map(SeedLoader::text).toList();
        ScenarioCatalog known = new ScenarioCatalog();
        builtInScenarios.forEach(known::add);
        scenarios.all().forEach(known::add);
        Set<String> scenarioNames = new HashSet<>();
        builtInScenarios.forEach(s -> scenarioNames.add(s.name()));
        scenarios.all().forEach(s -> scenarioNames.add(s.name()));
        ScenarioParser parser = new ScenarioParser();
        for (int i = 0; i < scenarioJsons.size(); i++) {
            try {
                ScenarioDefinition definition = parser.parse(scenarioJsons.get(i));
                known.add(definition);
                scenarioNames.add(definition.name());
            } catch (ScenarioValidationException e) {
                throw new ConfigException("seed " + origin + ", scenarios[" + i + "]: " + e.getMessage(), e);
            }
        }
        Set<String> pages = knownPages(newAccounts);
        List<ScenarioEntry> newEntries = entries(seed, origin, pages, scenarioNames);
        List<SeedFile.Service> newServices = services(seed, origin, pages);
        newAccounts.forEach(accounts::save);
        newAgents.forEach(agents::save);
        try {
            scenarioJsons.forEach(scenarios::save);
        } catch (StoreException e) {
            throw new ConfigException("seed " + origin + ": " + e.getMessage(), e);
        }
        newEntries.forEach(scenarios::saveEntry);
        newServices.forEach(service -> scenarios.saveService(service.name(), service.outboundPageId()));
        LOG.info("seed {}: {} account(s) [{}], {} agent(s) [{}], {} scenario(s), {} entr(ies)", origin, newAccounts.size(),
                newAccounts.stream().map(MessengerAccount::pageId).collect(Collectors.joining(", ")), newAgents.size(),
                newAgents.stream().map(AgentAccount::username).collect(Collectors.joining(", ")), scenarioJsons.size(),
                newEntries.size());
    }

    /** The seed's entries, checked: known page and scenario, one page per entry, a page in one entry only. */
    private Set<String> knownPages(List<MessengerAccount> newAccounts) {
        Set<String> pages = new HashSet<>();
        newAccounts.forEach(a -> pages.add(a.pageId()));
        accounts.all().forEach(a -> pages.add(a.pageId()));
        return pages;
    }

    /** The seed's services, checked: a known page, and one outbound Messenger account per service. */
    private List<SeedFile.Service> services(SeedFile seed, String origin, Set<String> pages) {
        MessengerAssignments assignments = MessengerAssignments.EMPTY;
        for (var stored : scenarios.serviceOutboundPages().entrySet()) {
            assignments = assignments.withServiceOutbound(stored.getKey(), stored.getValue());
        }
        Set<String> named = new HashSet<>();
        for (SeedFile.Service service : seed.services()) {
            try {
                if (service.name() == null || service.name().isBlank()) {
                    throw new IllegalArgumentException("service: name is missing");
                }
                if (!named.add(service.name())) {
                    throw new IllegalArgumentException("service '" + service.name() + "' is listed twice");
                }
                if (service.outboundPageId() != null && !pages.contains(service.outboundPageId())) {
                    throw new IllegalArgumentException("service '" + service.name() + "': outbound page "
                            + service.outboundPageId() + " is not a configured Messenger account");
                }
                assignments = assignments.withServiceOutbound(service.name(), null)
                        .withServiceOutbound(service.name(), service.outboundPageId());
            } catch (IllegalArgumentException | AssignmentConflictException e) {
                throw new ConfigException("seed " + origin + ": " + e.getMessage(), e);
            }
        }
        return seed.services();
    }

    private List<ScenarioEntry> entries(SeedFile seed, String origin, Set<String> pages, Set<String> scenarioNames) {
        MessengerAssignments assignments = MessengerAssignments.EMPTY;
        List<ScenarioEntry> stored = scenarios.entries();
        for (ScenarioEntry entry : stored) {
            assignments = assignments.withEntryPages(entry.name(), entry.pageId() == null ? List.of() : List.of(entry.pageId()));
        }
        List<ScenarioEntry> result = new java.util.ArrayList<>();
        for (SeedFile.Entry e : seed.entries()) {
            try {
                ScenarioEntry entry = new ScenarioEntry(e.name(), e.pageId(), e.scenario());
                if (entry.pageId() != null && !pages.contains(entry.pageId())) {
                    throw new IllegalArgumentException("scenario entry '" + entry.name() + "': page " + entry.pageId()
                            + " is not a configured Messenger account");
                }
                if (!scenarioNames.contains(entry.scenario())) {
                    throw new IllegalArgumentException("scenario entry '" + entry.name() + "': unknown scenario '"
                            + entry.scenario() + "'; known: " + new java.util.TreeSet<>(scenarioNames));
                }
                assignments = assignments.withEntryPages(entry.name(), entry.pageId() == null ? List.of() : List.of(entry.pageId()));
                result.add(entry);
            } catch (IllegalArgumentException | AssignmentConflictException ex) {
                throw new ConfigException("seed " + origin + ": " + ex.getMessage(), ex);
            }
        }
        return result;
    }

    private static String text(JsonNode scenario) {
        try {
            return JSON.writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new ConfigException("seed: a scenario cannot be written back as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private MessengerAccount toAccount(SeedFile.Account a, String origin) {
        try {
            return new MessengerAccount(0, a.name(), a.pageId(), a.pageUsername(), secret(a.pageAccessToken()),
                    secret(a.appSecret()), secret(a.verifyToken()), Boolean.TRUE.equals(a.appSecretProof()), null);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("seed " + origin + ": " + e.getMessage(), e);
        }
    }

    private AgentAccount toAgent(SeedFile.Agent a, String origin) {
        try {
            if (a.password() == null || a.password().length() < 4) {
                throw new IllegalArgumentException("agent '" + a.username() + "': password must have at least 4 characters");
            }
            List<String> roleNames = a.roles() == null || a.roles().isEmpty() ? List.of("agent") : a.roles();
            String hash = agents.byUsername(a.username())
                    .map(AgentAccount::passwordHash)
                    .filter(existing -> hasher.matches(a.password(), existing))
                    .orElseGet(() -> hasher.hash(a.password()));
            return new AgentAccount(0, a.username(), hash, a.displayName(),
                    roleNames.stream().map(Role::parse).collect(Collectors.toSet()),
                    a.maxChats() == null ? AgentAccount.DEFAULT_MAX_CHATS : a.maxChats(), a.skills(),
                    a.services() == null ? null : Set.copyOf(a.services()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("seed " + origin + ": " + e.getMessage(), e);
        }
    }

    private static Secret secret(String value) {
        return value == null ? null : Secret.of(value);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
