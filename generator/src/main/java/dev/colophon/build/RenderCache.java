package dev.colophon.build;

import dev.colophon.markdown.RenderedMarkdown;
import dev.colophon.resources.PrivateFiles;
import dev.colophon.site.Body;
import dev.colophon.site.PageBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered Markdown by content hash. Each body is written to a file as soon as it is rendered and read
 * back only when a page, feed or the search index needs it, so that memory holds what lists show (the
 * summaries) but never every body at once. With a build cache that file is {@code .colophon/markdown.cache}
 * and is kept: an unchanged post is not rendered again; without one it is a temporary file. The cache is
 * only a cache: a missing, stale or damaged one is ignored, and deleting it is always safe.
 *
 * <p>A build appends what it renders to the cache and, once it succeeded, records where the records end
 * in the header; a build killed midway leaves a tail that the next one cuts off. When more than half of
 * the file is bodies no build used any more, it is written again with only the used ones.
 */
public final class RenderCache implements AutoCloseable {
    private static final int FORMAT = 2;
    /** The format, the salt and where the saved records end. */
    private static final int HEADER = 4 + 8 + 8;
    /** A record's fixed part: its length (of what follows), key, words, flags and the two summaries' lengths. */
    private static final int FIXED = 4 + 8 + 4 + 1 + 4 + 4;
    private static final int TEMPLATE_SYNTAX = 1;
    /** Enough of a record to read its fixed part and its summaries in one read, mostly. */
    private static final int PEEK = 4096;

    private final Path file;
    private final long salt;
    /** Where bodies are written, or null to hold them in memory. */
    private final RecordFile records;
    private final FileLock lock;
    private final Map<Long, Entry> previous;
    private final Map<Long, Entry> used = new ConcurrentHashMap<>();

    /** A body and where its record is in the file ({@code start} -1 for a body held in memory). */
    private record Entry(long start, int length, PageBody body) {
    }

    /** A body in the record file, read again whenever it is asked for. */
    private record Stored(RecordFile records, long position, int length) implements Body {
        @Override
        public String html() {
            ByteBuffer bytes = records.read(position, length);
            return new String(bytes.array(), 0, length, StandardCharsets.UTF_8);
        }
    }

    private RenderCache(Path file, long salt, RecordFile records, FileLock lock, Map<Long, Entry> previous) {
        this.file = file;
        this.salt = salt;
        this.records = records;
        this.lock = lock;
        this.previous = previous;
    }

    /** Bodies held in memory: for small sites in tests. */
    public static RenderCache inMemory() {
        return new RenderCache(null, 0, null, null, new ConcurrentHashMap<>());
    }

    /** Bodies in a temporary file that nothing keeps after this build (or preview). */
    public static RenderCache scratch() {
        try {
            return new RenderCache(null, 0, RecordFile.scratch(), null, new ConcurrentHashMap<>());
        } catch (IOException e) {
            System.err.println("warning: no temporary file for rendered pages (" + e.getMessage() + "): holding them in memory");
            return inMemory();
        }
    }

    /**
     * The cache kept in {@code file}; a cache another build is using right now is left alone, and this
     * build keeps its bodies in a temporary file instead.
     *
     * @param salt changes whenever rendering itself changes (options, Colophon version)
     */
    public static RenderCache open(Path file, long salt) {
        RecordFile records = null;
        try {
            PrivateFiles.folder(file.getParent());
            PrivateFiles.createFile(file);
            records = RecordFile.open(file);
            FileLock lock = tryLock(records.channel());
            if (lock == null) {
                records.close();
                System.err.println("warning: another build is using " + file + "; this one builds without it");
                return scratch();
            }
            return new RenderCache(file, salt, records, lock, read(records, salt));
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(records);
            System.err.println("warning: cannot use the build cache " + file + " (" + e.getMessage() + "); building without it");
            return scratch();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    /** @param source the fingerprint of the whole source file */
    public long key(long source, boolean toc) {
        return dev.colophon.site.Fingerprint.mix(salt, source, toc ? 1 : 0);
    }

    public PageBody get(long key) {
        Entry hit = used.get(key);
        if (hit == null) {
            hit = previous.get(key);
            if (hit != null) {
                used.put(key, hit);
            }
        }
        return hit == null ? null : hit.body();
    }

    /** Keeps what was just rendered, its body written out at once; returns it as pages hold it. */
    public PageBody put(long key, RenderedMarkdown rendered) {
        Entry entry = records == null ? new Entry(-1, 0, PageBody.held(rendered)) : append(key, rendered);
        Entry earlier = used.putIfAbsent(key, entry); // two files with the same text: one entry
        return earlier != null ? earlier.body() : entry.body();
    }

    private Entry append(long key, RenderedMarkdown rendered) {
        byte[] html = rendered.html().getBytes(StandardCharsets.UTF_8);
        byte[] summaryHtml = rendered.summaryHtml().getBytes(StandardCharsets.UTF_8);
        byte[] summaryText = rendered.summaryText().getBytes(StandardCharsets.UTF_8);
        boolean templateSyntax = PageBody.hasTemplateSyntax(rendered.html());
        int length = FIXED - 4 + summaryHtml.length + summaryText.length + html.length;
        ByteBuffer record = ByteBuffer.allocate(4 + length).putInt(length).putLong(key).putInt(rendered.words())
                .put((byte) (templateSyntax ? TEMPLATE_SYNTAX : 0)).putInt(summaryHtml.length).putInt(summaryText.length)
                .put(summaryHtml).put(summaryText).put(html).flip();
        long start = records.append(record);
        Body body = new Stored(records, start + FIXED + summaryHtml.length + summaryText.length, html.length);
        return new Entry(start, 4 + length,
                new PageBody(body, rendered.summaryHtml(), rendered.summaryText(), rendered.words(), templateSyntax));
    }

    /**
     * Marks what this build appended as saved, or, when most of the file is bodies that this build did
     * not use (posts edited or removed since), writes a new file with only the used ones.
     */
    public void save() {
        if (file == null) {
            return;
        }
        try {
            long live = used.values().stream().mapToLong(Entry::length).sum();
            if (records.size() - HEADER > 2 * live + (1 << 20)) {
                compact(live);
            } else {
                records.write(header(records.size()), 0);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("warning: could not save the build cache " + file + ": " + e.getMessage());
        }
    }

    private void compact(long live) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        PrivateFiles.createFile(tmp);
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            writeFully(out, header(HEADER + live));
            List<Entry> kept = used.values().stream().sorted(Comparator.comparingLong(Entry::start)).toList();
            for (Entry entry : kept) {
                for (long done = 0; done < entry.length(); ) {
                    done += records.channel().transferTo(entry.start() + done, entry.length() - done, out);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private ByteBuffer header(long end) {
        return ByteBuffer.allocate(HEADER).putInt(FORMAT).putLong(salt).putLong(end).flip();
    }

    /** Bodies stay readable until the cache is closed: after the last page, feed and link was written. */
    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(records);
    }

    /** The saved records of the last build, by key; anything else in the file (another version's, a killed build's tail) goes. */
    private static Map<Long, Entry> read(RecordFile records, long salt) throws IOException {
        Map<Long, Entry> entries = new HashMap<>();
        long end = records.size() >= HEADER ? savedEnd(records.read(0, HEADER), salt, records.size()) : -1;
        if (end < 0) {
            records.truncate(0);
            records.write(ByteBuffer.allocate(HEADER).putInt(FORMAT).putLong(salt).putLong(HEADER).flip(), 0);
            records.truncate(HEADER);
            return new ConcurrentHashMap<>();
        }
        long at = HEADER;
        while (at + FIXED <= end) {
            ByteBuffer peek = records.read(at, (int) Math.min(PEEK, end - at));
            int length = peek.getInt();
            long key = peek.getLong();
            int words = peek.getInt();
            byte flags = peek.get();
            int summaryHtml = peek.getInt();
            int summaryText = peek.getInt();
            long meta = (long) FIXED + summaryHtml + summaryText;
            if (length < FIXED - 4 || at + 4 + length > end || summaryHtml < 0 || summaryText < 0 || meta > 4L + length) {
                break; // damaged: the rest goes
            }
            ByteBuffer summaries = meta <= peek.limit() ? peek : records.read(at, (int) meta).position(FIXED);
            String html = utf8(summaries, summaryHtml);
            String text = utf8(summaries, summaryText);
            Body body = new Stored(records, at + meta, (int) (4 + length - meta));
            entries.put(key, new Entry(at, 4 + length, new PageBody(body, html, text, words, (flags & TEMPLATE_SYNTAX) != 0)));
            at += 4 + length;
        }
        records.truncate(at);
        return new ConcurrentHashMap<>(entries);
    }

    /** Where the saved records end, or -1 when the file is another format's, another version's, or damaged. */
    private static long savedEnd(ByteBuffer header, long salt, long size) {
        long end = header.getInt() == FORMAT && header.getLong() == salt ? header.getLong() : -1;
        return end >= HEADER && end <= size ? end : -1;
    }

    private static String utf8(ByteBuffer bytes, int length) {
        String s = new String(bytes.array(), bytes.arrayOffset() + bytes.position(), length, StandardCharsets.UTF_8);
        bytes.position(bytes.position() + length);
        return s;
    }

    private static void writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private static void closeQuietly(RecordFile records) {
        if (records != null) {
            try {
                records.close();
            } catch (IOException ignored) {
                // nothing was left to write
            }
        }
    }
}
