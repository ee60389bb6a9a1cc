package org.switchboard.bench.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Times a 4 KiB append plus fdatasync in the temp directory, where the bench relay keeps its SQLite file: the floor
 * of one durable commit, hence the ceiling of commits per second of one writer.
 */
final class FsyncProbe {
    private static final int ROUNDS = 300;

    private FsyncProbe() {
    }

    /** Mean milliseconds per synced 4 KiB append. */
    static double millisPerSync() {
        try {
            Path file = Files.createTempFile("switchboard-fsync-probe", ".bin");
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer block = ByteBuffer.allocate(4096);
                long start = System.nanoTime();
                for (int i = 0; i < ROUNDS; i++) {
                    block.clear();
                    channel.write(block);
                    channel.force(false);
                }
                return (System.nanoTime() - start) / 1e6 / ROUNDS;
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("fsync probe failed in the temp directory", e);
        }
    }
}
