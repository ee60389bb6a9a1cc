package org.switchboard.relay.ops;

import java.io.ByteArrayOutputStream;

/** Collects a request body chunk by chunk and refuses to grow past a limit, whatever the headers claimed. */
public final class BoundedBody {
    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    public BoundedBody(int limit) {
        this.limit = limit;
    }

    /** Adds the chunk; false once the body is over the limit (the chunk is then dropped). */
    public boolean append(byte[] chunk) {
        if (bytes.size() + chunk.length > limit) {
            return false;
        }
        bytes.write(chunk, 0, chunk.length);
        return true;
    }

    public byte[] bytes() {
        return bytes.toByteArray();
    }
}
