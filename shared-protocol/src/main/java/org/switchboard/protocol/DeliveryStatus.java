package org.switchboard.protocol;

/** Where an outbound message is on its way to the customer; NONE for inbound lines. */
public enum DeliveryStatus {
    NONE, QUEUED, SENT, DELIVERED, READ, FAILED
}
