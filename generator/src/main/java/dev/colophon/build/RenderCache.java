package dev.colophon.build;

import dev.colophon.site.Fingerprint;
import dev.colophon.markdown.RenderedMarkdown;
import dev.colophon.resources.PrivateFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered Markdown by content hash, kept between builds in {@code .colophon/markdown.cache}: an
 * unchanged post is not rendered again. The file is only a cache: a missing, stale or damaged one
 * is ignored, and deleting it is always safe.
 */
public final class RenderCache {
    private static final int FORMAT = 1;

    private final Path file;
    private final long salt;
    private final Map<Long, RenderedMarkdown> previous;
    private final Map<Long, RenderedMarkdown> used = new ConcurrentHashMap<>();

    private RenderCache(Path file, long salt, Map<Long, RenderedMarkdown> previous) {
        this.file = file;
        this.salt = salt;
        this.previous = previous;
    }

    public static RenderCache inMemory() {
        return new RenderCache(null, 0, new ConcurrentHashMap<>());
    }

    /** @param salt changes whenever rendering itself changes (options, Colophon version) */
    public static RenderCache open(Path file, long salt) {
        return new RenderCache(file, salt, read(file, salt));
    }

    /** @param source the fingerprint of the whole source file */
    public long key(long source, boolean toc) {
        return Fingerprint.mix(salt, source, toc ? 1 : 0);
    }

    public RenderedMarkdown get(long key) {
        RenderedMarkdown hit = used.get(key);
        if (hit == null) {
            hit = previous.get(key);
            if (hit != null) {
                used.put(key, hit);
            }
        }
        return hit;
    }

    public void put(long key, RenderedMarkdown rendered) {
        used.put(key, rendered);
    }

    /** Writes the entries this build used (so removed posts fall out), atomically. */
    public void save() {
        if (file == null) {
            return;
        }
        try {
            PrivateFiles.folder(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            PrivateFiles.createFile(tmp);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(FORMAT);
                out.writeLong(salt);
                for (Map.Entry<Long, RenderedMarkdown> entry : used.entrySet()) {
                    RenderedMarkdown r = entry.getValue();
                    out.writeLong(entry.getKey());
                    writeString(out, r.html());
                    writeString(out, r.summaryHtml());
                    writeString(out, r.summaryText());
                    out.writeInt(r.words());
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("warning: could not save the build cache " + file + ": " + e.getMessage());
        }
    }

    private static Map<Long, RenderedMarkdown> read(Path file, long salt) {
        Map<Long, RenderedMarkdown> entries = new ConcurrentHashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT || in.readLong() != salt) {
                return entries;
            }
            while (true) {
                long key;
                try {
                    key = in.readLong();
                } catch (EOFException end) {
                    return entries;
                }
                entries.put(key, new RenderedMarkdown(readString(in), readString(in), readString(in), in.readInt()));
            }
        } catch (IOException e) {
            return new ConcurrentHashMap<>(); // a damaged cache is as good as none
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
