package org.switchboard.relay.messenger;

/** The Send API's {@code messaging_type}: RESPONSE inside the 24 h window, MESSAGE_TAG with a tag such as HUMAN_AGENT. */
public enum MessagingType { RESPONSE, UPDATE, MESSAGE_TAG }
