package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.store.Daos;
import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.internal.errors.Refused;
import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.render.CommentRenderer;
import dev.colophon.comments.internal.store.CommentDao;
import dev.colophon.comments.internal.store.CommentRow;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.ThreadDao;
import dev.colophon.comments.internal.store.ThreadRow;
import dev.colophon.comments.internal.thread.CommentService;
import dev.colophon.comments.internal.thread.FederatedReply;
import dev.colophon.comments.internal.thread.ThreadService;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replies from the fediverse: a public Note whose {@code inReplyTo} is a post, a comment of it
 * ({@code POST_URL#comment-N} or the comment's federated id) or another federated reply becomes a
 * comment in that thread, through {@link CommentService#postFederated}; its author may Update and
 * Delete it. A Note that is not public (a direct message) never becomes a comment.
 */
public final class Replies {
    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);
    private static final Pattern COMMENT_FRAGMENT = Pattern.compile("^(.*)#comment-(\\d+)$");

    /** Where a reply goes. */
    private record Target(String page, Long parent) {
    }

    private final Database db;
    private final CommentService comments;
    private final ThreadService threads;
    private final VisitorIds ids;
    private final Urls urls;
    private final Clock clock;
    private final CommentRenderer renderer = new CommentRenderer();

    public Replies(Database db, CommentService comments, ThreadService threads, VisitorIds ids, Urls urls, Clock clock) {
        this.db = db;
        this.comments = comments;
        this.threads = threads;
        this.ids = ids;
        this.urls = urls;
        this.clock = clock;
    }

    String create(JsonNode activity, JsonNode note, RemoteActor author) {
        if (!note.isObject() || !isNote(note) || !isPublic(activity, note)) {
            return "ignored";
        }
        String noteId = Inbox.id(note);
        String inReplyTo = Inbox.id(note.path("inReplyTo"));
        Optional<Target> target = inReplyTo == null ? Optional.empty() : target(inReplyTo);
        if (noteId == null || target.isEmpty() || !RemoteActors.sameHost(URI.create(noteId), URI.create(author.id()))) {
            return "ignored";
        }
        RemoteContent content = RemoteContent.of(note.path("content").asText(""), urls.actor(), urls.site());
        FederatedReply reply = new FederatedReply(Inbox.SITE, target.get().page(), target.get().parent(), author.displayName(),
                author.handle(), profile(author), content.html(), content.text(), noteId, author.id(),
                ids.address(URI.create(author.id()).getHost()));
        try {
            comments.postFederated(reply);
            return "Create";
        } catch (Refused e) { // blocked author, a parent not in that thread, too deep: accepted, not stored
            LOG.info("A reply from {} was not stored: {}", author.handle(), e.getMessage());
            return "ignored";
        }
    }

    String update(JsonNode note, RemoteActor author) {
        Optional<CommentRow> row = own(Inbox.id(note), author);
        if (row.isEmpty() || !isNote(note)) {
            return "ignored";
        }
        RemoteContent content = RemoteContent.of(note.path("content").asText(""), urls.actor(), urls.site());
        String html = renderer.sanitize(content.html());
        ThreadRow thread = threadOf(row.get());
        db.execute(handle -> {
            Daos.of(handle, CommentDao.class).setBody(row.get().id(), content.text(), html, clock.millis());
            Daos.of(handle, ThreadDao.class).touch(row.get().threadId());
        });
        threads.invalidate(thread.site(), thread.page());
        return "Update";
    }

    String delete(String noteId, RemoteActor author) {
        Optional<CommentRow> row = own(noteId, author);
        if (row.isEmpty()) {
            return "ignored";
        }
        CommentService.removeOrBlank(db, row.get(), clock.millis());
        ThreadRow thread = threadOf(row.get());
        threads.invalidate(thread.site(), thread.page());
        return "Delete";
    }

    /** The stored reply with this Note id, when {@code author} wrote it. */
    private Optional<CommentRow> own(String noteId, RemoteActor author) {
        if (noteId == null) {
            return Optional.empty();
        }
        return db.jdbi().withExtension(CommentDao.class, dao -> dao.byApId(noteId)
                .filter(row -> author.id().equals(dao.apActorOf(row.id()).orElse(null))));
    }

    private Optional<Target> target(String inReplyTo) {
        var post = db.jdbi().withExtension(PostDao.class, dao -> dao.byUrl(inReplyTo));
        if (post.isPresent()) {
            return Optional.of(new Target(post.get().page(), null));
        }
        Matcher fragment = COMMENT_FRAGMENT.matcher(inReplyTo);
        if (fragment.matches() && db.jdbi().withExtension(PostDao.class, dao -> dao.byUrl(fragment.group(1))).isPresent()) {
            return commentTarget(Long.parseLong(fragment.group(2)));
        }
        String prefix = urls.comment(0).replaceFirst("0$", "");
        if (inReplyTo.startsWith(prefix) && inReplyTo.substring(prefix.length()).matches("\\d{1,18}")) {
            return commentTarget(Long.parseLong(inReplyTo.substring(prefix.length())));
        }
        return db.jdbi().withExtension(CommentDao.class, dao -> dao.byApId(inReplyTo)).flatMap(row -> commentTarget(row.id()));
    }

    private Optional<Target> commentTarget(long commentId) {
        return db.jdbi().withExtension(CommentDao.class, dao -> dao.get(commentId))
                .flatMap(row -> db.jdbi().withExtension(ThreadDao.class, dao -> dao.get(row.threadId())))
                .filter(thread -> thread.site().equals(Inbox.SITE))
                .map(thread -> new Target(thread.page(), commentId));
    }

    private ThreadRow threadOf(CommentRow row) {
        return db.jdbi().withExtension(ThreadDao.class, dao -> dao.get(row.threadId())).orElseThrow();
    }

    private static boolean isNote(JsonNode note) {
        String type = note.path("type").asText("");
        return type.equals("Note") || type.equals("Article") || type.equals("Page");
    }

    /** Addressed to the public (Mastodon's public and unlisted posts both are); a direct message is not. */
    private static boolean isPublic(JsonNode activity, JsonNode note) {
        for (JsonNode holder : new JsonNode[] {note, activity}) {
            for (String field : new String[] {"to", "cc"}) {
                JsonNode value = holder.path(field);
                for (JsonNode address : value.isArray() ? value : java.util.List.of(value)) {
                    String text = address.asText("");
                    if (text.equals(ActivityJson.PUBLIC) || text.equals("as:Public") || text.equals("Public")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The author's profile page when it is a web address, for the comment's link. */
    private static String profile(RemoteActor author) {
        String url = author.url() == null ? author.id() : author.url();
        return url.startsWith("https://") || url.startsWith("http://") ? url : null;
    }
}
