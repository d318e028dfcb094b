package dev.colophon.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file that records are appended to and read back from by position, from any thread at once: the
 * place where a build keeps its rendered bodies instead of in memory.
 */
final class RecordFile implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    private final AtomicLong end;

    private RecordFile(Path path, FileChannel channel) throws IOException {
        this.path = path;
        this.channel = channel;
        this.end = new AtomicLong(channel.size());
    }

    static RecordFile open(Path path) throws IOException {
        return new RecordFile(path, FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    /** A file of this build only, in the temporary folder, gone when closed (at once where the system allows). */
    static RecordFile scratch() throws IOException {
        Path path = Files.createTempFile("colophon-bodies-", ".tmp");
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        try {
            Files.delete(path); // POSIX keeps the open file: nothing is left behind even if the JVM is killed
        } catch (IOException stillOpenElsewhere) {
            // Windows: DELETE_ON_CLOSE removes it
        }
        return new RecordFile(path, channel);
    }

    Path path() {
        return path;
    }

    FileChannel channel() {
        return channel;
    }

    long size() {
        return end.get();
    }

    /** Drops everything after {@code size} (a record a killed build left half-written). */
    void truncate(long size) throws IOException {
        channel.truncate(size);
        end.set(size);
    }

    /** Writes the record at the end of the file and returns where it starts. */
    long append(ByteBuffer record) {
        long start = end.getAndAdd(record.remaining());
        write(record, start);
        return start;
    }

    void write(ByteBuffer bytes, long position) {
        try {
            for (long at = position; bytes.hasRemaining(); ) {
                at += channel.write(bytes, at);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rendered pages to " + path + ": " + e.getMessage(), e);
        }
    }

    /** The {@code length} bytes at {@code position}. */
    ByteBuffer read(long position, int length) {
        ByteBuffer bytes = ByteBuffer.allocate(length);
        try {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, position + bytes.position()) < 0) {
                    throw new IOException("the file ends at " + (position + bytes.position()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rendered pages back from " + path + ": " + e.getMessage(), e);
        }
        return bytes.flip();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
