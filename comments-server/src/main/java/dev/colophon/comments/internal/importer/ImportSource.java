package dev.colophon.comments.internal.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/** The other systems whose exports {@code colophon comments import --from NAME} reads, each with its reader. */
public enum ImportSource {
    DISQUS((in, d) -> DisqusExport.read(in, d)),
    WORDPRESS((in, d) -> WordPressExport.read(in, d)),
    ISSO(null),
    REMARK42((in, d) -> Remark42Backup.read(in, d)),
    COMMENTO((in, d) -> CommentoExport.read(in, d)),
    COMENTARIO((in, d) -> ComentarioExport.read(in, d)),
    CUSDIS(null),
    CSV((in, d) -> CsvExport.read(in, d));

    /** A reader of one export format; throws {@link ImportException} with the line and field of a problem. */
    @FunctionalInterface
    interface Reader {
        List<ImportedComment> read(InputStream in, Defaults defaults) throws Exception;
    }

    /** The comments of an export, and how many got each default. */
    public record Parsed(List<ImportedComment> comments, Map<String, Long> defaulted) {
    }

    private final Reader reader;

    ImportSource(Reader reader) {
        this.reader = reader;
    }

    public static Optional<ImportSource> named(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** Reads a file of this source (gzip-compressed or not, as Remark42 and Commento write them). */
    public Parsed read(Path file) {
        Defaults defaults = new Defaults();
        if (this == ISSO) { // databases, not files to stream
            return new Parsed(IssoDatabase.read(file), defaults.counts());
        }
        if (this == CUSDIS) {
            return new Parsed(CusdisDatabase.read(file, defaults), defaults.counts());
        }
        try (InputStream in = open(file)) {
            return new Parsed(reader.read(in, defaults), defaults.counts());
        } catch (ImportException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) { // the parsers' own exceptions (XML, JSON, CSV, gzip), said in our words
            throw new ImportException(Problems.describe(e, name().toLowerCase(Locale.ROOT)));
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
