/**
 * Scenarios as data and a pure interpreter. {@link org.switchboard.relay.scenario.ScenarioParser} turns JSON into
 * a validated {@link org.switchboard.relay.scenario.ScenarioDefinition} (on load and on save);
 * {@link org.switchboard.relay.scenario.ScenarioInterpreter} runs a conversation from events and the current
 * instant, returning a persistable {@link org.switchboard.relay.scenario.ConversationState} and
 * {@link org.switchboard.relay.scenario.ScenarioCommand}s. The engine stores the state after every step
 * ({@link org.switchboard.relay.scenario.ConversationStateCodec}), keeps every definition version in a
 * {@link org.switchboard.relay.scenario.ScenarioCatalog}, delivers a {@code WakeUp} at the instant of the latest
 * {@code ScheduleWakeUp}, and answers {@code ConnectChat} with {@code ChatConnected} (the agent has already
 * accepted through routing) or {@code ConnectNoAnswer}.
 *
 * <h2>Scenario JSON</h2>
 * <pre>
 * {"name": "...", "version": 1, "timeZone": "UTC" (optional),
 *  "inactivity": {"timeoutSeconds": 600, "warning": "..."} (optional),
 *  "blocks": [ ...run from the first block along the exits... ]}
 * </pre>
 * Every block has {@code id}, {@code type}, an optional {@code comment}, and its exits as fields naming block ids:
 * <ul>
 * <li>{@code SendMessage}: text, quickReplies[] (max 13); exit next</li>
 * <li>{@code If}: branches[{when: condition, next}] (1..20); exit default</li>
 * <li>{@code FindAgent}: service, skills{name: level 1..10}, priority 1..100 (default 1),
 *     escalation[{afterSeconds, skills}], updates{everySeconds, text}, timeoutSeconds (900); exits found, timeout</li>
 * <li>{@code ConnectChat}: destination (usually "$(destination)"), answerTimeoutSeconds (30);
 *     exits next, noAnswer, targetDisconnected (cause in $(disconnect.cause))</li>
 * <li>{@code WaitForReply}: variable, timeoutSeconds (300); exits next, timeout</li>
 * <li>{@code SetVariable}: variable, value (with variables); exit next</li>
 * <li>{@code SetPriority}: priority 1..100; exit next</li>
 * <li>{@code Survey}: question, commentPrompt, timeoutSeconds (300); exits next, timeout</li>
 * <li>{@code Exit}: no exits</li>
 * </ul>
 * Conditions: {@code {"type": "timeOfDay", "from": "09:00", "to": "17:00"}}, {@code dayOfWeek} (days[]),
 * {@code businessHours} (timeZone, hours{MONDAY: ["09:00-12:00", "13:00-17:00"]}, holidays["2026-12-25"]),
 * {@code variable} (name, op, value), {@code queueSize} (service, op, value), {@code estimatedWait}
 * (service, op, seconds), {@code all}/{@code any} (of[]), {@code not} (of); ops eq, ne, lt, le, gt, ge, contains.
 * Variables: $(item.firstName), $(item.lastName), $(item.from), $(item.pageId), $(destination) (username),
 * $(destination.name) (the agent's display name),
 * $(queue.position), $(queue.ewt), $(priority), $(disconnect.cause) and any set by blocks.
 */
package org.switchboard.relay.scenario;
