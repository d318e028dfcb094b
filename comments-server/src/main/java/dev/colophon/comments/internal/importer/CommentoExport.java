package dev.colophon.comments.internal.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Commento export (Dashboard → Settings → Export data: an emailed link to a gzipped JSON file of
 * version 1, {@code comments} and {@code commenters}), which early Comentario versions write too.
 * Approved comments stay approved, unapproved and flagged ones pending; deleted ones are left out.
 */
public final class CommentoExport {
    private static final String ROOT = "root";

    private CommentoExport() {
    }

    public static List<ImportedComment> read(InputStream in, Defaults defaults) throws Exception {
        JsonNode export = new ObjectMapper().readTree(in);
        if (export == null || !export.isObject() || !export.path("comments").isArray() || export.path("version").asInt() != 1) {
            throw JsonExports.notThis("Commento", "a JSON object with \"version\": 1 and \"comments\"");
        }
        return read(export, "commento", defaults);
    }

    static List<ImportedComment> read(JsonNode export, String prefix, Defaults defaults) {
        Map<String, JsonNode> commenters = new HashMap<>();
        export.path("commenters").forEach(c -> commenters.put(c.path("commenterHex").asText(), c));
        List<ImportedComment> comments = new ArrayList<>();
        int index = 0;
        for (JsonNode c : export.path("comments")) {
            String where = "comments[" + index++ + "]";
            String id = JsonExports.text(c, "commentHex");
            if (id == null) {
                throw new ImportException(where + ".commentHex: is missing, so the comment could not be told apart on a second import");
            }
            if (c.path("deleted").asBoolean(false)) {
                continue;
            }
            JsonNode author = commenters.getOrDefault(c.path("commenterHex").asText(), c.path("none"));
            String parent = JsonExports.text(c, "parentHex");
            String state = defaults.or(JsonExports.text(c, "state"), "state", "approved");
            String link = JsonExports.text(author, "link");
            comments.add(new ImportedComment(prefix + ":" + id, parent == null || parent.equals(ROOT) ? null : prefix + ":" + parent,
                    defaults.or(JsonExports.text(c, "url"), "url", null),
                    defaults.or(JsonExports.text(author, "name"), "commenter name", null), JsonExports.text(author, "email"),
                    link == null || link.equals("undefined") ? null : link, null,
                    JsonExports.time(c, "creationDate", where, defaults), state.equals("approved") ? "approved" : "pending",
                    defaults.or(JsonExports.text(c, "markdown"), "markdown", "")));
        }
        return comments;
    }
}
