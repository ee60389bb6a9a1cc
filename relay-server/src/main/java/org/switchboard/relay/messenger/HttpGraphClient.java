package org.switchboard.relay.messenger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.ops.WorkThreads;

/**
 * {@link GraphApi} over HTTPS with {@code java.net.http}: builds the Send API JSON of the Messenger contract and
 * turns Facebook's {@code {"error":{...}}} answers into classified {@link GraphException}s. The base URL is
 * configurable so tests talk to a local fake. Thread-safe; calls block the calling thread up to the timeout.
 */
public final class HttpGraphClient implements GraphApi {
    private static final Logger log = LoggerFactory.getLogger(HttpGraphClient.class);

    private final String apiBase;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();
    private final SendApiJson json = new SendApiJson(mapper);

    public HttpGraphClient(URI graphBaseUrl, String apiVersion, Duration requestTimeout) {
        Objects.requireNonNull(graphBaseUrl, "graph client: graphBaseUrl is missing");
        if (apiVersion == null || !apiVersion.matches("v\\d+\\.\\d+")) {
            throw new IllegalArgumentException("graph client: apiVersion '" + apiVersion + "' is not like v21.0");
        }
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("graph client: requestTimeout " + requestTimeout + " is not positive");
        }
        String base = graphBaseUrl.toString();
        this.apiBase = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + apiVersion + "/";
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(requestTimeout).followRedirects(HttpClient.Redirect.NORMAL)
                .executor(Executors.newCachedThreadPool(WorkThreads.background("graph-http", true, true))).build();
    }

    @Override
    public SendResult sendMessage(PageAccess page, SendRequest request) throws GraphException {
        String operation = "send to " + request.recipientId();
        JsonNode answer = call(page, operation, true, post(page, path(page.pageId(), "messages"), json.message(request)));
        String messageId = MessagingItemParser.text(answer, "message_id");
        if (messageId == null || messageId.isBlank()) {
            throw new GraphException(GraphException.Kind.UNKNOWN_OUTCOME, "page " + page.pageId() + ": " + operation
                    + " answered without a message_id: " + answer, 0, null, null, 200);
        }
        String recipient = MessagingItemParser.text(answer, "recipient_id");
        return new SendResult(recipient == null ? request.recipientId() : recipient, messageId);
    }

    @Override
    public void senderAction(PageAccess page, String recipientId, SenderAction action) throws GraphException {
        call(page, action.wireName() + " to " + recipientId, false,
                post(page, path(page.pageId(), "messages"), json.senderAction(recipientId, action)));
    }

    @Override
    public CustomerProfile fetchProfile(PageAccess page, String psid) throws GraphException {
        JsonNode answer = call(page, "profile of " + psid, false,
                get(page, path(psid, null), "fields=first_name,last_name,profile_pic"));
        return new CustomerProfile(psid, MessagingItemParser.text(answer, "first_name"), MessagingItemParser.text(answer, "last_name"),
                MessagingItemParser.text(answer, "profile_pic"));
    }

    @Override
    public PageIdentity testConnection(PageAccess page) throws GraphException {
        JsonNode answer = call(page, "test connection", false, get(page, path(page.pageId(), null), "fields=id,name"));
        String id = MessagingItemParser.text(answer, "id");
        if (id == null || id.isBlank()) {
            throw new GraphException(GraphException.Kind.BAD_REQUEST, "page " + page.pageId()
                    + ": test connection answered without an id", 0, null, null, 200);
        }
        return new PageIdentity(id, MessagingItemParser.text(answer, "name"));
    }

    @Override
    public String uploadAttachment(PageAccess page, OutboundAttachment attachment) throws GraphException {
        String operation = "upload of " + attachment.type().wireName() + " attachment";
        HttpRequest.Builder request;
        if (attachment instanceof OutboundAttachment.Upload upload) {
            MultipartBody body = new MultipartBody()
                    .field("message", json.uploadMessage(upload.type(), null))
                    .file("filedata", upload.fileName(), upload.contentType(), upload.bytes());
            request = requestTo(page, path(page.pageId(), "message_attachments"), null)
                    .header("Content-Type", body.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        } else if (attachment instanceof OutboundAttachment.ByUrl byUrl) {
            request = post(page, path(page.pageId(), "message_attachments"),
                    "{\"message\":" + json.uploadMessage(byUrl.type(), byUrl.url()) + "}");
        } else {
            throw new IllegalArgumentException("page " + page.pageId() + ": " + attachment + " is already uploaded");
        }
        String id = MessagingItemParser.text(call(page, operation, false, request), "attachment_id");
        if (id == null || id.isBlank()) {
            throw new GraphException(GraphException.Kind.BAD_REQUEST, "page " + page.pageId() + ": " + operation
                    + " answered without an attachment_id", 0, null, null, 200);
        }
        return id;
    }

    @Override
    public byte[] download(URI url, long maxBytes) throws GraphException {
        String where = url.getScheme() + "://" + url.getAuthority() + url.getPath();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(requestTimeout).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    GraphException.Kind kind = response.statusCode() >= 500 || response.statusCode() == 429
                            ? GraphException.Kind.TRANSIENT : GraphException.Kind.BAD_REQUEST;
                    throw new GraphException(kind, "download of " + where + " failed: HTTP " + response.statusCode(),
                            0, null, null, response.statusCode());
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                byte[] bytes = declared > maxBytes ? null : body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (bytes == null || bytes.length > maxBytes) {
                    throw new GraphException(GraphException.Kind.BAD_REQUEST, "download of " + where
                            + " is larger than the limit of " + maxBytes + " bytes", 0, null, null, response.statusCode());
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new GraphException(GraphException.Kind.TRANSIENT, "download of " + where + " failed: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphException(GraphException.Kind.TRANSIENT, "download of " + where + " was interrupted", e);
        }
    }

    private JsonNode call(PageAccess page, String operation, boolean mayHaveSent, HttpRequest.Builder request)
            throws GraphException {
        String owner = "page " + page.pageId() + ": " + operation;
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new GraphException(mayHaveSent ? GraphException.Kind.UNKNOWN_OUTCOME : GraphException.Kind.TRANSIENT,
                    owner + " got no answer within " + requestTimeout.toMillis() + " ms", e);
        } catch (ConnectException e) {
            throw new GraphException(GraphException.Kind.TRANSIENT, owner + " could not connect: " + redact(describe(e), page), e);
        } catch (IOException e) {
            throw new GraphException(mayHaveSent ? GraphException.Kind.UNKNOWN_OUTCOME : GraphException.Kind.TRANSIENT,
                    owner + " failed: " + redact(describe(e), page), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphException(GraphException.Kind.UNKNOWN_OUTCOME, owner + " was interrupted", e);
        }
        JsonNode body = parse(response.body());
        JsonNode error = body == null ? null : body.get("error");
        if (response.statusCode() / 100 == 2 && body != null && error == null) {
            return body;
        }
        GraphException failure = failure(owner, page, response.statusCode(), error, mayHaveSent);
        log.debug("{} failed: kind {}, code {}, HTTP {}", owner, failure.kind(), failure.code(), failure.httpStatus());
        throw failure;
    }

    private static GraphException failure(String owner, PageAccess page, int status, JsonNode error, boolean mayHaveSent) {
        if (error == null || !error.isObject()) {
            return new GraphException(withoutFacebookError(status, mayHaveSent),
                    owner + " failed: HTTP " + status + " without a Facebook error", 0, null, null, status);
        }
        int code = error.path("code").asInt(0);
        Integer subcode = error.hasNonNull("error_subcode") ? error.get("error_subcode").asInt() : null;
        String fbMessage = redact(MessagingItemParser.text(error, "message"), page);
        String codes = "(#" + code + (subcode == null ? "" : "/" + subcode) + ")";
        String trace = MessagingItemParser.text(error, "fbtrace_id");
        return new GraphException(GraphException.classify(code, subcode, status),
                owner + " failed: " + (fbMessage == null ? "no message" : fbMessage) + " " + codes, code, subcode, trace, status);
    }

    /** No {@code error} JSON: a send may have gone out on 5xx or an unreadable 2xx; a read can simply be retried. */
    private static GraphException.Kind withoutFacebookError(int status, boolean mayHaveSent) {
        if (status == 429) {
            return GraphException.Kind.RATE_LIMITED;
        }
        if (status >= 500 || status / 100 == 2) {
            return mayHaveSent ? GraphException.Kind.UNKNOWN_OUTCOME : GraphException.Kind.TRANSIENT;
        }
        return GraphException.Kind.BAD_REQUEST;
    }

    private static String redact(String text, PageAccess page) {
        if (text == null) {
            return null;
        }
        String token = page.accessToken().reveal();
        return token.isEmpty() ? text : text.replace(token, "***");
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private HttpRequest.Builder post(PageAccess page, String path, String jsonBody) {
        return requestTo(page, path, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(PageAccess page, String path, String query) {
        return requestTo(page, path, query).GET();
    }

    private HttpRequest.Builder requestTo(PageAccess page, String path, String query) {
        String token = page.accessToken().reveal();
        StringBuilder uri = new StringBuilder(apiBase).append(path).append('?');
        if (query != null) {
            uri.append(query).append('&');
        }
        uri.append("access_token=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
        if (page.sendAppSecretProof()) {
            String proof = SignatureVerifier.hex(SignatureVerifier.hmacSha256(page.appSecret().reveal(),
                    token.getBytes(StandardCharsets.UTF_8)));
            uri.append("&appsecret_proof=").append(proof);
        }
        return HttpRequest.newBuilder(URI.create(uri.toString())).timeout(requestTimeout);
    }

    private static String path(String id, String edge) {
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8);
        return edge == null ? encoded : encoded + "/" + edge;
    }

    /** The exception's class and text; callers redact the token in case a URI ever appears in it. */
    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
