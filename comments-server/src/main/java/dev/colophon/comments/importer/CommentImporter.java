package dev.colophon.comments.importer;

import dev.colophon.comments.render.CommentRenderer;
import dev.colophon.comments.store.Database;
import dev.colophon.comments.store.ThreadDao;
import dev.colophon.comments.thread.RequestValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Stores comments read from an export, oldest first so that a reply finds its parent, in one
 * transaction: an import is all there or not at all. Each keeps its origin, so a second import of the
 * same export adds only what is new. HTML is sanitized as posted comments are.
 */
public final class CommentImporter {
    /** What an import did. */
    public record Result(int added, int alreadyThere, int leftOut, int threads) {
    }

    private final Database db;
    private final CommentRenderer renderer = new CommentRenderer();

    public CommentImporter(Database db) {
        this.db = db;
    }

    public Result importAll(List<ImportedComment> comments, String site) {
        List<ImportedComment> oldestFirst = new ArrayList<>(comments);
        oldestFirst.sort(Comparator.comparingLong(ImportedComment::createdAt));
        return db.write(handle -> {
            int added = 0;
            int alreadyThere = 0;
            int leftOut = 0;
            Set<String> pages = new HashSet<>();
            for (ImportedComment comment : oldestFirst) {
                String page = validPage(comment.page());
                if (page == null) {
                    leftOut++;
                    continue;
                }
                if (store(handle, comment, site, page)) {
                    added++;
                    pages.add(page);
                } else {
                    alreadyThere++;
                }
            }
            return new Result(added, alreadyThere, leftOut, pages.size());
        });
    }

    private boolean store(Handle handle, ImportedComment comment, String site, String page) {
        ThreadDao threads = handle.attach(ThreadDao.class);
        threads.insertIfAbsent(site, page, comment.createdAt());
        long threadId = threads.find(site, page).orElseThrow();
        ImportDao dao = handle.attach(ImportDao.class);
        // a reply whose parent is not in the export (deleted there) becomes a top-level comment
        ImportDao.Stored parent = comment.parentOrigin() == null ? null : dao.find(comment.parentOrigin()).orElse(null);
        String html = comment.markdown() != null ? renderer.render(comment.markdown()) : renderer.sanitize(comment.html());
        String source = comment.markdown() != null ? comment.markdown() : HtmlText.of(html);
        int inserted = dao.insert(new ImportDao.Row(threadId, parent == null ? null : parent.id(),
                parent == null ? 0 : parent.depth() + 1, comment.status(),
                comment.author() == null ? "Anonymous" : comment.author(), comment.email(), comment.website(),
                source, html, comment.createdAt(), comment.origin()));
        if (inserted == 1) {
            threads.touch(threadId);
        }
        return inserted == 1;
    }

    private static String validPage(String page) {
        try {
            return page == null ? null : RequestValidator.page(page);
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
