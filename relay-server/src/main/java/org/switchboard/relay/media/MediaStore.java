package org.switchboard.relay.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Content-addressed files under {@code <dataDir>/media}: id = SHA-256 hex of the bytes, so the same bytes are stored
 * once and an id can never name a path outside the store. Layout: {@code <dir>/<id[0..2]>/<id>} holds the bytes and
 * {@code <id>.type} the content type; both are written to a temporary file and moved into place, so a reader sees a
 * whole file or none. Threads: any; concurrent saves of the same bytes write identical content.
 */
public final class MediaStore {
    /** Facebook's attachment limit. */
    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

    private static final String TYPE_SUFFIX = ".type";

    private final Path directory;
    private final long maxBytes;

    public MediaStore(Path directory, long maxBytes) {
        if (directory == null) {
            throw new IllegalArgumentException("media store: directory is missing");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("media store " + directory + ": maxBytes " + maxBytes + " is not positive");
        }
        this.directory = directory.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(this.directory);
        } catch (IOException e) {
            throw new UncheckedIOException("media store: cannot create directory " + this.directory, e);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Stores the bytes unless the same bytes are already stored; then the stored file (and its type) is kept. */
    public StoredMedia save(byte[] bytes, String contentType) throws MediaTooLargeException {
        if (bytes == null) {
            throw new IllegalArgumentException("media store " + directory + ": bytes are missing");
        }
        if (bytes.length > maxBytes) {
            throw new MediaTooLargeException(bytes.length, maxBytes);
        }
        String id = sha256Hex(bytes);
        StoredMedia media = new StoredMedia(id, contentType, bytes.length);
        Path data = dataFile(id);
        if (Files.isRegularFile(data)) {
            return find(id).orElse(media);
        }
        try {
            Files.createDirectories(data.getParent());
            // Type first: a visible data file always has its type beside it.
            writeAtomically(typeFile(id), contentType.getBytes(StandardCharsets.UTF_8));
            writeAtomically(data, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("media store " + directory + ": cannot save media " + id, e);
        }
        return media;
    }

    /** The stored media with this id; empty when unknown. A malformed id is refused, never resolved as a path. */
    public Optional<StoredMedia> find(String id) {
        Path data = dataFile(requireId(id));
        try {
            if (!Files.isRegularFile(data)) {
                return Optional.empty();
            }
            return Optional.of(new StoredMedia(id, readType(id), Files.size(data)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("media store " + directory + ": cannot read media " + id, e);
        }
    }

    /** The bytes of a stored file; {@link NoSuchFileException} when unknown. The caller closes the stream. */
    public InputStream open(String id) throws IOException {
        return Files.newInputStream(dataFile(requireId(id)));
    }

    private String readType(String id) throws IOException {
        try {
            String type = Files.readString(typeFile(id), StandardCharsets.UTF_8).strip();
            return type.isEmpty() ? MagicBytes.OCTET_STREAM : type;
        } catch (NoSuchFileException e) {
            return MagicBytes.OCTET_STREAM;
        }
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private String requireId(String id) {
        if (!StoredMedia.isId(id)) {
            throw new IllegalArgumentException("media store " + directory + ": id '" + id
                    + "' is not 64 lowercase hex characters");
        }
        return id;
    }

    private Path dataFile(String id) {
        return directory.resolve(id.substring(0, 2)).resolve(id);
    }

    private Path typeFile(String id) {
        return directory.resolve(id.substring(0, 2)).resolve(id + TYPE_SUFFIX);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("media store: this JVM has no SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "MediaStore[" + directory + ", max " + maxBytes + " bytes]";
    }
}
