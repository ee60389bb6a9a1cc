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
 */
package org.switchboard.relay.scenario;
