package org.switchboard.relay.messenger;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Media the page sends: by public URL, by an {@code attachment_id} from an earlier upload, or as bytes to upload
 * first with {@link GraphApi#uploadAttachment}. Facebook's size limit is 25 MB.
 */
public sealed interface OutboundAttachment {
    long MAX_BYTES = 25L * 1024 * 1024;

    Type type();

    enum Type {
        IMAGE, VIDEO, AUDIO, FILE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Facebook fetches {@code url} itself; {@code reusable} asks it to keep the file for later sends. */
    record ByUrl(Type type, URI url, boolean reusable) implements OutboundAttachment {
        public ByUrl {
            Objects.requireNonNull(type, "attachment by url: type is missing");
            Objects.requireNonNull(url, "attachment by url: url is missing");
        }
    }

    /** A file Facebook already holds for this page. */
    record Saved(Type type, String attachmentId) implements OutboundAttachment {
        public Saved {
            Objects.requireNonNull(type, "saved attachment: type is missing");
            if (attachmentId == null || attachmentId.isBlank()) {
                throw new IllegalArgumentException("saved attachment: attachmentId is missing");
            }
        }
    }

    /** Bytes to upload (multipart {@code filedata}); send them by the returned attachment ID. */
    record Upload(Type type, String fileName, String contentType, byte[] bytes) implements OutboundAttachment {
        public Upload {
            Objects.requireNonNull(type, "upload: type is missing");
            if (fileName == null || fileName.isBlank()) {
                throw new IllegalArgumentException("upload: fileName is missing");
            }
            if (contentType == null || contentType.isBlank()) {
                throw new IllegalArgumentException("upload " + fileName + ": contentType is missing");
            }
            Objects.requireNonNull(bytes, () -> "upload " + fileName + ": bytes are missing");
            if (bytes.length > MAX_BYTES) {
                throw new IllegalArgumentException("upload " + fileName + ": " + bytes.length
                        + " bytes is over Facebook's limit of " + MAX_BYTES + " bytes");
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public String toString() {
            return "Upload[type=" + type + ", fileName=" + fileName + ", contentType=" + contentType
                    + ", size=" + bytes.length + "]";
        }
    }
}
