package org.switchboard.bench.webhook;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP/1.1 keep-alive connection to the webhook on loopback, over a plain socket: the cheapest client there is,
 * so that the generator does not bound what is measured. Speaks just what the relay answers (status line, headers,
 * Content-Length body). Threads: one owner thread.
 */
final class WebhookConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookConnection.class);
    private static final int TIMEOUT_MILLIS = 30_000;

    private final InetSocketAddress address;
    private final byte[] headPrefix;
    private final byte[] line = new byte[8192];
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    WebhookConnection(InetSocketAddress address, String path) {
        this.address = address;
        this.headPrefix = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + address.getPort()
                + "\r\nContent-Type: application/json\r\nUser-Agent: switchboard-webhook-load\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** POSTs the body with its signature and returns the HTTP status; reconnects first if the last call failed. */
    int post(WebhookBodies.SignedBody body) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(headPrefix);
            out.write(("X-Hub-Signature-256: " + body.signature() + "\r\nContent-Length: " + body.body().length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body.body());
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(address, TIMEOUT_MILLIS);
        out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    private int readResponse() throws IOException {
        String status = readLine();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("webhook answered an unexpected status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = 0;
        boolean keepAlive = true;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Long.parseLong(header.substring(15).trim());
            } else if (header.regionMatches(true, 0, "Connection:", 0, 11) && header.contains("close")) {
                keepAlive = false;
            }
        }
        while (length > 0) {
            long skipped = in.skip(length);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("webhook closed the connection inside a response body");
                }
                skipped = 1;
            }
            length -= skipped;
        }
        if (!keepAlive) {
            close();
        }
        return code;
    }

    private String readLine() throws IOException {
        int n = 0;
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("webhook closed the connection after " + n + " bytes of a header line");
            }
            if (b != '\r' && n < line.length) {
                line[n++] = (byte) b;
            }
        }
        return new String(line, 0, n, StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("closing a webhook connection failed: {}", e.getMessage());
            }
            socket = null;
        }
    }
}
