package org.switchboard.relay.messenger;

import java.net.URI;

/**
 * The relay's port to Facebook's Graph API, so the outbox, profiles and Test Connection are tested against a fake.
 * Every error names the page (never the token) and says through {@link GraphException#kind()} what the caller can do.
 */
public interface GraphApi {
    SendResult sendMessage(PageAccess page, SendRequest request) throws GraphException;

    /** typing_on / typing_off / mark_seen: a separate call without a message. */
    void senderAction(PageAccess page, String recipientId, SenderAction action) throws GraphException;

    /** {@code GET /{psid}?fields=first_name,last_name,profile_pic}. */
    CustomerProfile fetchProfile(PageAccess page, String psid) throws GraphException;

    /** {@code GET /{page-id}?fields=id,name}: proves the token works for that page. */
    PageIdentity testConnection(PageAccess page) throws GraphException;

    /** {@code POST /{page-id}/message_attachments}; returns the {@code attachment_id} to send with. */
    String uploadAttachment(PageAccess page, OutboundAttachment attachment) throws GraphException;

    /** Downloads media or a profile picture; more than {@code maxBytes} is an error naming the limit. */
    byte[] download(URI url, long maxBytes) throws GraphException;
}
