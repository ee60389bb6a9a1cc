/**
 * The ACD as pure logic. {@link org.switchboard.relay.routing.Router} is fed
 * {@link org.switchboard.relay.routing.RoutingEvent}s on the engine thread and returns
 * {@link org.switchboard.relay.routing.RoutingDecision}s for the engine to carry out; the engine sends a
 * {@code Tick} at {@code nextWakeUp()}.
 *
 * <p>How decisions map onto the scenario interpreter: {@code ChatAssigned} is its {@code AgentFound} while the
 * conversation is in Find Agent (after a transfer to a service, while in Connect Chat, it is an
 * {@code AgentJoined}); {@code ParticipantJoined} / {@code ParticipantLeft} are {@code AgentJoined} /
 * {@code AgentLeft}; {@code ChatClosed} with reason "agents left" is {@code ChatDisconnected(AGENTS_LEFT)}.
 * The scenario's {@code FindAgent} becomes {@code ChatQueued}, {@code RelaxSkills} becomes {@code SkillsChanged},
 * {@code ChangePriority} becomes {@code PriorityChanged}, {@code CancelFind} and {@code EndInteraction} become
 * {@code ChatCancelled}. Position messages: before delivering a scenario wake-up for a queued chat, feed it
 * {@code QueueUpdate} from {@code Router.position(chatId)}.
 */
package org.switchboard.relay.routing;
