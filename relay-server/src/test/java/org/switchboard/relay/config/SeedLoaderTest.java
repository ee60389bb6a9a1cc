package org.switchboard.relay.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.relay.agents.AgentAccount;
import org.switchboard.relay.agents.PasswordHasher;
import org.switchboard.relay.scenario.ScenarioEntry;
import org.switchboard.relay.scenario.ScenarioParser;
import org.switchboard.relay.scenario.ScenarioTemplates;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.SqliteAccountStore;
import org.switchboard.relay.store.SqliteAgentStore;
import org.switchboard.relay.store.SqliteScenarioStore;

class SeedLoaderTest {
    private static final String ACCOUNT = """
            {"name":"Acme","pageId":"111","pageUsername":"acme","pageAccessToken":"tok","appSecret":"sec","verifyToken":"vt"}""";
    private static final String SCENARIO = """
            {"name":"Sales","version":1,"blocks":[{"id":"hi","type":"SendMessage","text":"Sales here!","next":"end"},
             {"id":"end","type":"Exit"}]}""";

    @TempDir
    Path dir;
    private Database database;
    private SqliteAgentStore agents;
    private SqliteScenarioStore scenarios;
    private SeedLoader loader;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("t.db"), false);
        agents = new SqliteAgentStore(database, Clock.systemUTC());
        scenarios = new SqliteScenarioStore(database, Clock.systemUTC());
        loader = new SeedLoader(new SqliteAccountStore(database, Clock.systemUTC()), agents, scenarios, new PasswordHasher(4),
                List.of(new ScenarioTemplates(new ScenarioParser()).mobileChat()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void applyingTheSameSeedTwiceChangesNothing() throws Exception {
        SeedFile seed = read("""
                {"accounts":[%s],"agents":[{"username":"alice","password":"pw-1234","roles":["agent"],"skills":{"es":3}}],
                 "scenarios":[%s],"entries":[{"name":"Sales chat","pageId":"111","scenario":"Sales"}]}""".formatted(ACCOUNT, SCENARIO));
        loader.apply(seed, "test");
        String firstHash = agents.byUsername("alice").orElseThrow().passwordHash();
        loader.apply(seed, "test");
        AgentAccount alice = agents.byUsername("alice").orElseThrow();
        assertThat(alice.passwordHash()).isEqualTo(firstHash).doesNotContain("pw-1234");
        assertThat(alice.skills()).containsEntry("es", 3);
        assertThat(alice.services()).containsExactly(AgentAccount.DEFAULT_SERVICE);
        assertThat(scenarios.all()).singleElement().extracting(d -> d.name()).isEqualTo("Sales");
        assertThat(scenarios.entries()).containsExactly(new ScenarioEntry("Sales chat", "111", "Sales"));
    }

    @Test
    void unknownFieldsAreRefusedWithTheirPlace() throws Exception {
        Path file = Files.writeString(dir.resolve("seed.json"), "{\"agents\":[{\"username\":\"a\",\"pasword\":\"x\"}]}");
        assertThatThrownBy(() -> SeedLoader.read(file))
                .hasMessageContaining("unknown field 'pasword'").hasMessageContaining("agents[0]");
    }

    @Test
    void aPageBelongsToOneEntryOnly() throws Exception {
        SeedFile seed = read("""
                {"accounts":[%s],"entries":[{"name":"A","pageId":"111","scenario":"Mobile Chat"},
                                             {"name":"B","pageId":"111","scenario":"Mobile Chat"}]}""".formatted(ACCOUNT));
        assertThatThrownBy(() -> loader.apply(seed, "test"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'111' already belongs to scenario entry 'A'").hasMessageContaining("'B'");
        assertThat(scenarios.entries()).as("a bad seed stores nothing").isEmpty();
    }

    @Test
    void entriesNeedAKnownPageAndScenario() throws Exception {
        assertThatThrownBy(() -> loader.apply(read("""
                {"entries":[{"name":"A","pageId":"999","scenario":"Mobile Chat"}]}"""), "test"))
                .hasMessageContaining("page 999 is not a configured Messenger account");
        assertThatThrownBy(() -> loader.apply(read("""
                {"accounts":[%s],"entries":[{"name":"A","pageId":"111","scenario":"Salse"}]}""".formatted(ACCOUNT)), "test"))
                .hasMessageContaining("unknown scenario 'Salse'").hasMessageContaining("Mobile Chat");
    }

    @Test
    void aServiceHasAtMostOneOutboundMessengerAccount() throws Exception {
        loader.apply(read("""
                {"accounts":[%s],"services":[{"name":"Support","outboundPageId":"111"},{"name":"Sales"}]}""".formatted(ACCOUNT)),
                "test");
        assertThat(scenarios.serviceOutboundPages()).containsEntry("Support", "111").containsKey("Sales");
        assertThatThrownBy(() -> loader.apply(read("""
                {"services":[{"name":"Billing","outboundPageId":"111"},{"name":"Billing","outboundPageId":"222"}]}"""), "test"))
                .hasMessageContaining("'Billing' is listed twice");
        assertThatThrownBy(() -> loader.apply(read("""
                {"services":[{"name":"Billing","outboundPageId":"999"}]}"""), "test"))
                .hasMessageContaining("outbound page 999 is not a configured Messenger account");
    }

    @Test
    void anInvalidScenarioIsRefusedNamingBlockAndField() throws Exception {
        SeedFile seed = read("""
                {"scenarios":[{"name":"Broken","version":1,"blocks":[{"id":"hi","type":"SendMessage","text":"x","next":"nowhere"}]}]}""");
        assertThatThrownBy(() -> loader.apply(seed, "test"))
                .hasMessageContaining("scenarios[0]").hasMessageContaining("'hi'").hasMessageContaining("nowhere");
    }

    @Test
    void aStoredVersionCannotChangeContent() throws Exception {
        loader.apply(read("{\"scenarios\":[" + SCENARIO + "]}"), "first");
        SeedFile changed = read("{\"scenarios\":[" + SCENARIO.replace("Sales here!", "Hello from sales") + "]}");
        assertThatThrownBy(() -> loader.apply(changed, "second")).hasMessageContaining("save it as version 2");
    }

    private SeedFile read(String json) throws Exception {
        return SeedLoader.read(Files.writeString(dir.resolve("seed-" + System.nanoTime() + ".json"), json));
    }
}
