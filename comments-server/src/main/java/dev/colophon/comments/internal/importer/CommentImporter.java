package dev.colophon.comments.internal.importer;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.render.CommentRenderer;
import dev.colophon.comments.internal.text.CleanText;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.ThreadDao;
import dev.colophon.comments.internal.thread.RequestValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
            ThreadDao threads = Daos.of(handle, ThreadDao.class);
            ImportDao dao = Daos.of(handle, ImportDao.class);
            Map<String, Long> threadOfPage = new HashMap<>();
            Set<Long> changed = new HashSet<>();
            int alreadyThere = 0;
            int leftOut = 0;
            for (ImportedComment comment : oldestFirst) {
                String page = validPage(comment.page());
                if (page == null) {
                    leftOut++;
                    continue;
                }
                long threadId = threadOfPage.computeIfAbsent(page, p -> {
                    threads.insertIfAbsent(site, p, comment.createdAt());
                    return threads.find(site, p).orElseThrow();
                });
                if (store(dao, comment, threadId)) {
                    changed.add(threadId);
                } else {
                    alreadyThere++;
                }
            }
            changed.forEach(threads::touch); // instances sharing the database drop what they kept of these
            return new Result(oldestFirst.size() - alreadyThere - leftOut, alreadyThere, leftOut, changed.size());
        });
    }

    private boolean store(ImportDao dao, ImportedComment comment, long threadId) {
        // a reply whose parent is not in the export (deleted there) becomes a top-level comment
        ImportDao.Stored parent = comment.parentOrigin() == null ? null : dao.find(comment.parentOrigin()).orElse(null);
        String markdown = CleanText.multiline(comment.markdown());
        String html = markdown != null ? renderer.render(markdown) : renderer.sanitize(CleanText.multiline(comment.html()));
        String source = markdown != null ? markdown : HtmlText.of(html);
        int inserted = dao.insert(new ImportDao.Row(threadId, parent == null ? null : parent.id(),
                parent == null ? 0 : parent.depth() + 1, comment.status(),
                comment.author() == null ? "Anonymous" : CleanText.line(comment.author()), CleanText.line(comment.email()),
                CleanText.line(comment.website()),
                source, html, comment.createdAt(), comment.origin()));
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
