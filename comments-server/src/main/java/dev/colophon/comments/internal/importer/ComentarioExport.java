package dev.colophon.comments.internal.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Comentario export (Domain → Operations → Export: a gzipped JSON file). Version 3 holds
 * {@code pages}, {@code comments} (by page id, Markdown) and {@code commenters}; version 1 is Commento's
 * format, which older Comentario versions write. Approved comments stay approved, pending ones pending,
 * rejected ones become rejected; deleted ones are left out.
 */
public final class ComentarioExport {
    private ComentarioExport() {
    }

    public static List<ImportedComment> read(InputStream in, Defaults defaults) throws Exception {
        JsonNode export = new ObjectMapper().readTree(in);
        if (export == null || !export.isObject() || !export.path("comments").isArray()) {
            throw JsonExports.notThis("Comentario", "a JSON object with \"version\" and \"comments\"");
        }
        return switch (export.path("version").asInt()) {
            case 1 -> CommentoExport.read(export, "comentario", defaults);
            case 3 -> version3(export, defaults);
            default -> throw new ImportException("line 1, version: " + export.path("version")
                    + " is not a Comentario export version this Colophon reads (1 or 3)");
        };
    }

    private static List<ImportedComment> version3(JsonNode export, Defaults defaults) {
        Map<String, String> pathOfPage = new HashMap<>();
        export.path("pages").forEach(p -> pathOfPage.put(p.path("id").asText(), JsonExports.text(p, "path")));
        Map<String, JsonNode> commenters = new HashMap<>();
        export.path("commenters").forEach(c -> commenters.put(c.path("id").asText(), c));
        List<ImportedComment> comments = new ArrayList<>();
        int index = 0;
        for (JsonNode c : export.path("comments")) {
            String where = "comments[" + index++ + "]";
            String id = JsonExports.text(c, "id");
            if (id == null) {
                throw new ImportException(where + ".id: is missing, so the comment could not be told apart on a second import");
            }
            if (c.path("isDeleted").asBoolean(false)) {
                continue;
            }
            String page = pathOfPage.get(c.path("pageId").asText());
            if (page == null && !c.path("pageId").isMissingNode()) {
                throw new ImportException(where + ".pageId: " + c.path("pageId") + " is not among the export's pages");
            }
            JsonNode author = commenters.getOrDefault(c.path("userCreated").asText(), c.path("none"));
            String name = JsonExports.text(author, "name") != null ? JsonExports.text(author, "name") : JsonExports.text(c, "authorName");
            String parent = JsonExports.text(c, "parentId");
            String status = c.path("isPending").asBoolean(false) ? "pending"
                    : c.path("isApproved").asBoolean(!c.has("isApproved")) ? "approved" : "rejected";
            comments.add(new ImportedComment("comentario:" + id, parent == null ? null : "comentario:" + parent,
                    defaults.or(page, "pageId", null), defaults.or(name, "author name", null), JsonExports.text(author, "email"),
                    JsonExports.text(author, "websiteUrl"), null, JsonExports.time(c, "createdTime", where, defaults), status,
                    defaults.or(JsonExports.text(c, "markdown"), "markdown", "")));
        }
        return comments;
    }
}
