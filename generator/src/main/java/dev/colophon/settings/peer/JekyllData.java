package dev.colophon.settings.peer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Jekyll's data files ({@code _data/}) and Hugo's ({@code data/}), as {@code site.data}: {@code _data/authors.yml} is
 * {@code site.data.authors}, {@code _data/team/people.csv} {@code site.data.team.people} (a list of
 * rows by the header's names). YAML, JSON, CSV and TSV, as Jekyll reads them, and TOML, as Hugo does.
 */
public final class JekyllData {
    private JekyllData() {
    }

    static Map<String, Object> read(Path folder) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return data;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    data.put(name, read(entry));
                } else if (name.matches(".*\\.(ya?ml|json|csv|tsv|toml)")) {
                    data.put(name.substring(0, name.lastIndexOf('.')), file(entry, name));
                }
            }
        } catch (IOException e) {
            throw new dev.colophon.config.ConfigException(folder + ": cannot be read (" + e.getMessage() + ")");
        }
        return data;
    }

    /**
     * Zola's {@code load_data(path=…)}: a file of the site by Zola's search order (the site's folder,
     * then {@code static/}, then {@code content/}), read by its ending (YAML, JSON, TOML, CSV, TSV;
     * any other as text), or null if there is none. A path that leaves the site is refused.
     */
    public static Object load(Path root, String path) {
        Path base = root.toAbsolutePath().normalize();
        for (String folder : new String[] {"", "static", "content"}) {
            Path file = base.resolve(folder).resolve(path).normalize();
            if (!file.startsWith(base)) {
                throw new dev.colophon.config.ConfigException(path + ": is outside the site's folder");
            }
            if (Files.isRegularFile(file)) {
                String name = file.getFileName().toString();
                if (!name.matches(".*\\.(ya?ml|json|csv|tsv|toml)")) {
                    try {
                        return Files.readString(file);
                    } catch (IOException e) {
                        throw new dev.colophon.config.ConfigException(file + ": cannot be read (" + e.getMessage() + ")");
                    }
                }
                return file(file, name);
            }
        }
        return null;
    }

    private static Object file(Path file, String name) {
        try {
            return parse(file, name);
        } catch (dev.colophon.config.ConfigException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new dev.colophon.config.ConfigException(file + ": cannot be read as a data file ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
        }
    }

    private static Object parse(Path file, String name) throws IOException {
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(name.endsWith(".tsv") ? '\t' : ',');
            try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(schema)
                    .readValues(file.toFile())) {
                return List.copyOf(rows.readAll());
            }
        }
        if (name.endsWith(".toml")) {
            return new com.fasterxml.jackson.dataformat.toml.TomlMapper().readValue(file.toFile(), Object.class);
        }
        if (name.endsWith(".json")) {
            return new ObjectMapper().readValue(file.toFile(), Object.class);
        }
        return PeerFiles.readYamlValue(file);
    }
}
