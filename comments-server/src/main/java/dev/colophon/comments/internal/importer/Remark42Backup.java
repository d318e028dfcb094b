package dev.colophon.comments.internal.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Remark42 backup (the gzipped files in {@code var/backup}, or {@code remark42 backup}, or the admin
 * export): a line of metadata ({@code version}, {@code users}, {@code posts}), then one comment per line with
 * its HTML {@code text}, {@code pid} parent and {@code locator.url}. Deleted comments are left out; Remark42
 * has no moderation queue, so every other comment is approved.
 */
public final class Remark42Backup {
    private Remark42Backup() {
    }

    public static List<ImportedComment> read(InputStream in, Defaults defaults) throws Exception {
        List<ImportedComment> comments = new ArrayList<>();
        try (MappingIterator<JsonNode> values = new ObjectMapper().readerFor(JsonNode.class).readValues(in)) {
            JsonNode meta = values.hasNextValue() ? values.nextValue() : null;
            if (meta == null || !meta.isObject() || !meta.has("version") || !(meta.has("users") || meta.has("posts")) || meta.has("comments")) {
                throw JsonExports.notThis("Remark42", "its first line is {\"version\":1,\"users\":[...],\"posts\":[...]}");
            }
            while (values.hasNextValue()) {
                long line = values.getCurrentLocation().getLineNr();
                JsonNode c = values.nextValue();
                String where = "line " + line;
                String id = JsonExports.text(c, "id");
                if (id == null) {
                    throw new ImportException(where + ", id: is missing, so the comment could not be told apart on a second import");
                }
                if (c.path("delete").asBoolean(false)) {
                    continue;
                }
                String parent = JsonExports.text(c, "pid");
                comments.add(new ImportedComment("remark42:" + id, parent == null ? null : "remark42:" + parent,
                        ExportXml.pathOf(defaults.or(JsonExports.text(c.path("locator"), "url"), "locator.url", null)),
                        defaults.or(JsonExports.text(c.path("user"), "name"), "user.name", null), null, null,
                        defaults.or(JsonExports.text(c, "text"), "text", ""), JsonExports.time(c, "time", where, defaults),
                        "approved"));
            }
        }
        return comments;
    }
}
