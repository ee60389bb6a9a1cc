-- Delivery and read receipts settle outbound messages up to a watermark: this index holds only the messages
-- still waiting for one, so a receipt no longer scans the whole conversation.
CREATE INDEX messages_awaiting_receipt ON messages (conversation_id, at) WHERE status IN ('SENT', 'DELIVERED');
