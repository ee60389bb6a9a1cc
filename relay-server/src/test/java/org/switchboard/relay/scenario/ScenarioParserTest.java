package org.switchboard.relay.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioParserTest {
    private final ScenarioParser parser = new ScenarioParser();

    private static String scenario(String blocks) {
        return """
                {"name": "Test", "version": 3, "timeZone": "Europe/Paris", "blocks": [%s]}
                """.formatted(blocks);
    }

    @Test
    void parsesEveryBlockType() {
        ScenarioDefinition definition = parser.parse(scenario("""
                {"id": "hi", "type": "SendMessage", "text": "Hi $(item.firstName)", "quickReplies": ["Yes", "No"], "next": "branch"},
                {"id": "branch", "type": "If", "branches": [
                    {"when": {"type": "all", "of": [{"type": "timeOfDay", "from": "09:00", "to": "17:00"},
                                                    {"type": "dayOfWeek", "days": ["monday", "TUESDAY"]}]}, "next": "ask"},
                    {"when": {"type": "any", "of": [{"type": "variable", "name": "lang", "op": "eq", "value": "es"},
                                                    {"type": "queueSize", "service": "Support", "op": "gt", "value": 10},
                                                    {"type": "estimatedWait", "service": "Support", "op": "ge", "seconds": 300},
                                                    {"type": "not", "of": {"type": "businessHours", "timeZone": "America/New_York",
                                                       "hours": {"MONDAY": ["09:00-12:00", "13:00-17:00"]}, "holidays": ["2026-12-25"]}}]},
                     "next": "end"}],
                 "default": "find"},
                {"id": "ask", "type": "WaitForReply", "variable": "email", "timeoutSeconds": 60, "next": "var", "timeout": "end"},
                {"id": "var", "type": "SetVariable", "variable": "topic", "value": "$(email)", "next": "prio"},
                {"id": "prio", "type": "SetPriority", "priority": 7, "next": "find"},
                {"id": "find", "type": "FindAgent", "service": "Support", "skills": {"english": 3}, "priority": 2,
                 "escalation": [{"afterSeconds": 60, "skills": {"english": 1}}, {"afterSeconds": 120, "skills": {}}],
                 "updates": {"everySeconds": 45, "text": "You are number $(queue.position)"},
                 "timeoutSeconds": 600, "found": "connect", "timeout": "end"},
                {"id": "connect", "type": "ConnectChat", "destination": "$(destination)", "next": "survey",
                 "noAnswer": "find", "targetDisconnected": "end"},
                {"id": "survey", "type": "Survey", "question": "Rate us", "commentPrompt": "Why?", "next": "end", "timeout": "end"},
                {"id": "end", "type": "Exit"}
                """));

        assertThat(definition.name()).isEqualTo("Test");
        assertThat(definition.version()).isEqualTo(3);
        assertThat(definition.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(definition.blocks()).extracting(Block::type).containsExactly("SendMessage", "If", "WaitForReply",
                "SetVariable", "SetPriority", "FindAgent", "ConnectChat", "Survey", "Exit");
        Block.FindAgent find = (Block.FindAgent) definition.block("find");
        assertThat(find.skills()).isEqualTo(Map.of("english", 3));
        assertThat(find.escalation()).extracting(Block.Escalation::after)
                .containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(120));
        assertThat(find.updates().every()).isEqualTo(Duration.ofSeconds(45));
        assertThat(((Block.ConnectChat) definition.block("connect")).answerTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(((Block.If) definition.block("branch")).branches()).hasSize(2);
    }

    @Test
    void unknownExitTargetNamesScenarioBlockAndExit() {
        assertThatThrownBy(() -> parser.parse(scenario("""
                {"id": "a", "type": "SendMessage", "text": "x", "next": "b"},
                {"id": "b", "type": "SendMessage", "text": "x", "next": "c"},
                {"id": "c", "type": "SendMessage", "text": "x", "next": "find"},
                {"id": "find", "type": "FindAgent", "service": "S", "found": "connct", "timeout": "end"},
                {"id": "end", "type": "Exit"}
                """)))
                .isInstanceOf(ScenarioValidationException.class)
                .hasMessage("scenario 'Test', block 4 'find' (FindAgent): unknown exit target 'connct' (exit 'found')");
    }

    @Test
    void missingExitIsRefused() {
        assertThatThrownBy(() -> parser.parse(scenario("""
                {"id": "ask", "type": "WaitForReply", "variable": "v", "next": "end"},
                {"id": "end", "type": "Exit"}
                """)))
                .hasMessage("scenario 'Test', block 1 'ask' (WaitForReply): missing exit 'timeout'");
    }

    @Test
    void unknownBlockTypeIsRefused() {
        assertThatThrownBy(() -> parser.parse(scenario("""
                {"id": "x", "type": "PlayMusic", "next": "end"},
                {"id": "end", "type": "Exit"}
                """)))
                .hasMessage("scenario 'Test', block 1 'x' (PlayMusic): unknown block type 'PlayMusic'");
    }

    @Test
    void misspelledFieldIsRefused() {
        assertThatThrownBy(() -> parser.parse(scenario("""
                {"id": "x", "type": "SendMessage", "txt": "hello", "next": "end"},
                {"id": "end", "type": "Exit"}
                """)))
                .hasMessage("scenario 'Test', block 1 'x' (SendMessage): unknown field 'txt' in block");
    }

    @Test
    void priorityOutsideRangeIsRefused() {
        assertThatThrownBy(() -> parser.parse(scenario("""
                {"id": "p", "type": "SetPriority", "priority": 101, "next": "end"},
                {"id": "end", "type": "Exit"}
                """)))
                .hasMessage("scenario 'Test', block 1 'p' (SetPriority): priority 101 is outside 1..100");
    }

    @Test
    void moreThanTwentyBranchesIsRefused() {
        String branch = "{\"when\": {\"type\": \"variable\", \"name\": \"v\", \"op\": \"eq\", \"value\": \"1\"}, \"next\": \"end\"}";
        String branches = String.join(",", java.util.Collections.nCopies(21, branch));
        assertThatThrownBy(() -> parser.parse(scenario("""
                {"id": "if", "type": "If", "branches": [%s], "default": "end"},
                {"id": "end", "type": "Exit"}
                """.formatted(branches))))
                .hasMessage("scenario 'Test', block 1 'if' (If): branches has 21 entries, allowed 1..20");
    }

    @Test
    void badTimeZoneInBusinessHoursNamesTheBranch() {
        assertThatThrownBy(() -> parser.parse(scenario("""
                {"id": "if", "type": "If", "branches": [{"when": {"type": "businessHours", "timeZone": "Mars/Olympus",
                  "hours": {}}, "next": "end"}], "default": "end"},
                {"id": "end", "type": "Exit"}
                """)))
                .hasMessage("scenario 'Test', block 1 'if' (If): branches[0].when: bad time zone 'Mars/Olympus'");
    }

    @Test
    void badScenarioTimeZoneIsRefused() {
        assertThatThrownBy(() -> parser.parse("""
                {"name": "Z", "version": 1, "timeZone": "Nowhere/City", "blocks": [{"id": "end", "type": "Exit"}]}
                """)).hasMessage("scenario 'Z': bad time zone 'Nowhere/City'");
    }

    @Test
    void duplicateIdIsRefused() {
        assertThatThrownBy(() -> parser.parse(scenario("""
                {"id": "end", "type": "SendMessage", "text": "x", "next": "end"},
                {"id": "end", "type": "Exit"}
                """)))
                .hasMessage("scenario 'Test', block 2 'end' (Exit): duplicate id, already used by block 1");
    }

    @Test
    void escalationStepsMustGrow() {
        assertThatThrownBy(() -> parser.parse(scenario("""
                {"id": "f", "type": "FindAgent", "service": "S", "escalation": [{"afterSeconds": 60}, {"afterSeconds": 30}],
                 "found": "end", "timeout": "end"},
                {"id": "end", "type": "Exit"}
                """)))
                .hasMessage("scenario 'Test', block 1 'f' (FindAgent): escalation afterSeconds 30 must be greater than the previous step's 60");
    }

    @Test
    void unknownConditionOperatorIsRefused() {
        assertThatThrownBy(() -> parser.parse(scenario("""
                {"id": "if", "type": "If", "branches": [{"when": {"type": "variable", "name": "v", "op": "like"}, "next": "end"}],
                 "default": "end"},
                {"id": "end", "type": "Exit"}
                """)))
                .hasMessage("scenario 'Test', block 1 'if' (If): branches[0].when: unknown op 'like' (eq, ne, lt, le, gt, ge, contains)");
    }

    @Test
    void invalidJsonIsAValidationError() {
        assertThatThrownBy(() -> parser.parse("{\"name\": ")).isInstanceOf(ScenarioValidationException.class)
                .hasMessageStartingWith("scenario JSON is not valid");
    }

    @Test
    void missingVersionIsRefused() {
        assertThatThrownBy(() -> parser.parse("{\"name\": \"V\", \"blocks\": [{\"id\": \"end\", \"type\": \"Exit\"}]}"))
                .hasMessage("scenario 'V': missing field 'version'");
    }

    @Test
    void unreachableBlocksAreWarningsNotErrors() {
        ScenarioDefinition definition = parser.parse(scenario("""
                {"id": "end", "type": "Exit"},
                {"id": "orphan", "type": "SendMessage", "text": "x", "next": "end"}
                """));

        assertThat(new ScenarioValidator().warnings(definition))
                .containsExactly("scenario 'Test', block 2 'orphan' (SendMessage): unreachable");
    }
}
