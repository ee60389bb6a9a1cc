package org.switchboard.relay.messenger;

import java.util.Objects;

/** One item of a customer message's {@code attachments[]}; URLs are kept exactly as Facebook gave them (they expire). */
public sealed interface Attachment {

    enum MediaType { IMAGE, VIDEO, AUDIO, FILE }

    /** An image, video, audio clip or file at {@code url}. */
    record Media(MediaType type, String url) implements Attachment {
        public Media {
            Objects.requireNonNull(type, "media attachment: type is missing");
        }
    }

    /** A sticker: an image attachment carrying {@code sticker_id} (the thumbs-up is sticker 369239263222822). */
    record Sticker(String stickerId, String url) implements Attachment {
    }

    /** A shared location; {@code latitude}/{@code longitude} are null when Facebook left them out. */
    record Location(Double latitude, Double longitude, String title, String url) implements Attachment {
    }

    /** A shared link Facebook could not render otherwise. */
    record Fallback(String title, String url) implements Attachment {
    }

    /** A template (e.g. a product), kept as its raw payload JSON. */
    record Template(String payloadJson) implements Attachment {
    }

    /** A shared post or message, kept as its raw payload JSON with the URL if any. */
    record Share(String url, String payloadJson) implements Attachment {
    }

    /** A type this relay does not know yet, kept raw. */
    record Unknown(String type, String rawJson) implements Attachment {
    }
}
