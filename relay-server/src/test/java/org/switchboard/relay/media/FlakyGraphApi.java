package org.switchboard.relay.media;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.switchboard.relay.messenger.CustomerProfile;
import org.switchboard.relay.messenger.GraphApi;
import org.switchboard.relay.messenger.GraphException;
import org.switchboard.relay.messenger.OutboundAttachment;
import org.switchboard.relay.messenger.PageAccess;
import org.switchboard.relay.messenger.PageIdentity;
import org.switchboard.relay.messenger.SendRequest;
import org.switchboard.relay.messenger.SendResult;
import org.switchboard.relay.messenger.SenderAction;

/** A Graph API that fails the next downloads or profile fetches with a transient error, then asks the real one. */
public final class FlakyGraphApi implements GraphApi {
    private final GraphApi real;
    private final AtomicInteger downloadFailures = new AtomicInteger();
    private final AtomicInteger profileFailures = new AtomicInteger();
    private final AtomicInteger downloads = new AtomicInteger();

    public FlakyGraphApi(GraphApi real) {
        this.real = real;
    }

    public void failNextDownloads(int times) {
        downloadFailures.set(times);
    }

    public void failNextProfiles(int times) {
        profileFailures.set(times);
    }

    /** Download attempts so far, failed ones included. */
    public int downloads() {
        return downloads.get();
    }

    @Override
    public byte[] download(URI url, long maxBytes) throws GraphException {
        downloads.incrementAndGet();
        if (downloadFailures.getAndDecrement() > 0) {
            throw new GraphException(GraphException.Kind.TRANSIENT, "download of " + url.getPath() + " failed: injected",
                    0, null, null, 503);
        }
        return real.download(url, maxBytes);
    }

    @Override
    public CustomerProfile fetchProfile(PageAccess page, String psid) throws GraphException {
        if (profileFailures.getAndDecrement() > 0) {
            throw new GraphException(GraphException.Kind.TRANSIENT, "page " + page.pageId() + ": profile of " + psid
                    + " failed: injected (#2)", 2, null, null, 503);
        }
        return real.fetchProfile(page, psid);
    }

    @Override
    public SendResult sendMessage(PageAccess page, SendRequest request) throws GraphException {
        return real.sendMessage(page, request);
    }

    @Override
    public void senderAction(PageAccess page, String recipientId, SenderAction action) throws GraphException {
        real.senderAction(page, recipientId, action);
    }

    @Override
    public PageIdentity testConnection(PageAccess page) throws GraphException {
        return real.testConnection(page);
    }

    @Override
    public String uploadAttachment(PageAccess page, OutboundAttachment attachment) throws GraphException {
        return real.uploadAttachment(page, attachment);
    }
}
