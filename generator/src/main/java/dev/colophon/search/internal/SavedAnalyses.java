package dev.colophon.search.internal;

import dev.colophon.resources.PrivateFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each page's analysis as the last build left it, in {@code .colophon/search.cache}, keyed by the page's
 * fingerprint: a warm build analyses only the pages that changed, where analysing all of them cost a third
 * of an unchanged 10,000-post rebuild. One dictionary, then each page with its packed keys, in a binary file
 * of about 1 KB a page; a file of another format, or unreadable, counts as none.
 */
public final class SavedAnalyses {
    private static final String HEADER = "colophon-search-analyses-1/" + IndexWriter.FORMAT;

    /** The analyses found, sharing {@code dictionary}; every page refers to its words by their number in it. */
    public record Loaded(Map<Long, IndexedDoc> docs, Dictionary dictionary) {
        public static Loaded none() {
            return new Loaded(new HashMap<>(), new Dictionary());
        }
    }

    private SavedAnalyses() {
    }

    public static Loaded read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!HEADER.equals(readString(in))) {
                return Loaded.none();
            }
            int size = in.readInt();
            List<String> words = new ArrayList<>(size);
            for (int n = size; n > 0; n--) {
                words.add(readString(in));
            }
            Dictionary dictionary = new Dictionary(words);
            int count = in.readInt();
            Map<Long, IndexedDoc> docs = new HashMap<>(count * 2);
            for (int n = 0; n < count; n++) {
                long key = in.readLong();
                docs.put(key, readDoc(in, dictionary));
            }
            return new Loaded(docs, dictionary);
        } catch (NoSuchFileException e) {
            return Loaded.none();
        } catch (IOException | RuntimeException e) {
            return Loaded.none(); // a cache, not a source: a damaged one is analysed again
        }
    }

    /** Writes the analyses to {@code file}, replacing it whole, so a build killed midway leaves the old one. */
    public static void write(Path file, Map<Long, IndexedDoc> docs, Dictionary dictionary) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            PrivateFiles.folder(file.getParent());
            List<String> words = dictionary.words();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                writeString(out, HEADER);
                out.writeInt(words.size());
                for (String word : words) {
                    writeString(out, word);
                }
                out.writeInt(docs.size());
                for (Map.Entry<Long, IndexedDoc> entry : docs.entrySet()) {
                    out.writeLong(entry.getKey());
                    writeDoc(out, entry.getValue());
                }
            }
            PrivateFiles.restrict(temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeDoc(DataOutputStream out, IndexedDoc doc) throws IOException {
        writeString(out, doc.url());
        writeNullable(out, doc.title());
        writeString(out, doc.date());
        out.writeInt(doc.year());
        out.writeInt(doc.tags().size());
        for (int i = 0; i < doc.tags().size(); i++) {
            writeString(out, doc.tags().get(i));
            writeString(out, doc.tagSlugs().get(i));
        }
        writeString(out, doc.text());
        out.writeInt(doc.packed().length);
        out.write(doc.packed());
        out.writeInt(doc.length());
    }

    /** Length and UTF-8 bytes: {@code writeUTF} refuses strings over 64 KB, which a page's odd word may be. */
    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[size(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A length read back, refused when no page could have it (a damaged file must not ask for gigabytes). */
    private static int size(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > 1 << 24) {
            throw new IOException("damaged: a length of " + size);
        }
        return size;
    }

    private static void writeNullable(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            writeString(out, text);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private static IndexedDoc readDoc(DataInputStream in, Dictionary dictionary) throws IOException {
        String url = readString(in);
        String title = readNullable(in);
        String date = readString(in);
        int year = in.readInt();
        int tagCount = in.readInt();
        List<String> tags = new ArrayList<>(tagCount);
        List<String> slugs = new ArrayList<>(tagCount);
        for (int i = 0; i < tagCount; i++) {
            tags.add(readString(in));
            slugs.add(readString(in));
        }
        String text = readString(in);
        byte[] packed = new byte[size(in)];
        in.readFully(packed);
        return new IndexedDoc(url, title, date, year, List.copyOf(tags), List.copyOf(slugs), text, dictionary, packed, in.readInt());
    }
}
