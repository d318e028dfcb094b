package dev.colophon.comments.internal.portability;

import static dev.colophon.comments.internal.portability.Column.optional;
import static dev.colophon.comments.internal.portability.Column.ref;
import static dev.colophon.comments.internal.portability.Column.required;
import static dev.colophon.comments.internal.portability.Column.withDefault;

import dev.colophon.comments.internal.portability.Column.Type;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the export holds, section by section, in the order it is written and read (a section comes after
 * those it refers to). Version 1 of the format; docs/export-format.md describes it field by field.
 */
public final class Tables {
    public static final String FORMAT = "colophon-comments";
    public static final int VERSION = 1;

    private static final String NOTHING = "ON CONFLICT DO NOTHING";
    private static final String OF_SITE = "site = :site";

    /** Everything a site owner has: comments and their threads, likes, reactions, subscriptions, blocks, rollups. */
    public static final List<Table> DATA = List.of(
            new Table("threads", List.of(required("id", Type.ID), required("site", Type.TEXT), required("page", Type.TEXT),
                    required("created_at", Type.TIME)), "id", OF_SITE, "ON CONFLICT (site, page) DO NOTHING"),
            new Table("comments", List.of(required("id", Type.ID), ref("thread_id", "threads", false),
                    ref("parent_id", "comments", true), withDefault("depth", Type.LONG, 0L), withDefault("status", Type.TEXT, "pending"),
                    withDefault("author", Type.TEXT, "Anonymous"), optional("email", Type.TEXT), optional("website", Type.TEXT),
                    required("body", Type.TEXT), required("html", Type.TEXT), withDefault("edit_token_hash", Type.TEXT, ""),
                    withDefault("address_hash", Type.TEXT, ""), withDefault("likes", Type.LONG, 0L),
                    required("created_at", Type.TIME), optional("updated_at", Type.TIME),
                    withDefault("notify_replies", Type.BOOL, false), optional("origin", Type.TEXT),
                    optional("source_url", Type.TEXT), optional("ap_id", Type.TEXT), optional("ap_actor", Type.TEXT),
                    optional("handle", Type.TEXT), optional("ap_sent_at", Type.TIME), withDefault("by_owner", Type.BOOL, false),
                    optional("spam_score", Type.REAL), optional("spam_reasons", Type.TEXT), optional("trained_as", Type.TEXT),
                    optional("body_hash", Type.TEXT)),
                    "id", "thread_id IN (SELECT id FROM threads WHERE site = :site)", "ON CONFLICT (origin) DO NOTHING"),
            new Table("votes", List.of(ref("comment_id", "comments", false), required("voter", Type.TEXT),
                    required("created_at", Type.TIME)), "comment_id, voter",
                    "comment_id IN (SELECT c.id FROM comments c JOIN threads t ON t.id = c.thread_id WHERE t.site = :site)", NOTHING),
            new Table("page_reactions", List.of(required("site", Type.TEXT), required("page", Type.TEXT),
                    required("voter", Type.TEXT), required("created_at", Type.TIME)), "site, page, voter", OF_SITE, NOTHING),
            new Table("mail_addresses", List.of(required("email", Type.TEXT), required("asked_at", Type.TIME),
                    optional("confirmed_at", Type.TIME)), "email", null, NOTHING),
            new Table("blocks", List.of(required("kind", Type.TEXT), required("value", Type.TEXT),
                    required("created_at", Type.TIME)), "kind, value", null, NOTHING),
            new Table("settings", List.of(required("name", Type.TEXT), required("value", Type.TEXT)), "name", null, NOTHING),
            views("page_views", "day"),
            views("page_views_weekly", "week"),
            views("page_views_monthly", "month"),
            new Table("referrer_views", List.of(required("site", Type.TEXT), required("day", Type.LONG),
                    required("referrer", Type.TEXT), required("views", Type.LONG)), "site, day, referrer", OF_SITE, NOTHING),
            new Table("page_titles", List.of(required("site", Type.TEXT), required("page", Type.TEXT),
                    required("title", Type.TEXT), required("seen_day", Type.LONG)), "site, page", OF_SITE, NOTHING),
            new Table("page_shares", List.of(required("site", Type.TEXT), required("page", Type.TEXT), required("day", Type.LONG),
                    required("shares", Type.LONG)), "site, page, day", OF_SITE, NOTHING),
            new Table("webmentions", List.of(required("token", Type.TEXT), required("source", Type.TEXT),
                    required("target", Type.TEXT), required("site", Type.TEXT), required("page", Type.TEXT),
                    required("state", Type.TEXT), optional("kind", Type.TEXT), optional("message", Type.TEXT),
                    ref("comment_id", "comments", true), optional("author_name", Type.TEXT), optional("author_url", Type.TEXT),
                    optional("avatar", Type.TEXT), optional("avatar_type", Type.TEXT), optional("counted_day", Type.LONG),
                    withDefault("attempts", Type.LONG, 0L), optional("due_at", Type.TIME), required("created_at", Type.TIME),
                    required("updated_at", Type.TIME)), "source, target", OF_SITE, NOTHING),
            // the blog's fediverse audience and what it published and received (docs/activitypub.md)
            new Table("ap_followers", List.of(required("actor", Type.TEXT), required("inbox", Type.TEXT),
                    optional("shared_inbox", Type.TEXT), required("handle", Type.TEXT), required("created_at", Type.TIME)),
                    "actor", null, NOTHING),
            new Table("ap_following", List.of(required("actor", Type.TEXT), required("inbox", Type.TEXT),
                    required("follow_id", Type.TEXT), withDefault("accepted", Type.BOOL, false), required("created_at", Type.TIME)),
                    "actor", null, NOTHING),
            new Table("ap_posts", List.of(required("url", Type.TEXT), required("page", Type.TEXT), required("title", Type.TEXT),
                    optional("summary", Type.TEXT), required("content", Type.TEXT), required("tags", Type.TEXT),
                    optional("image", Type.TEXT), required("published_at", Type.TIME), optional("updated_at", Type.TIME),
                    required("created_at", Type.TIME)), "url", null, NOTHING),
            new Table("ap_reactions", List.of(required("activity", Type.TEXT), required("kind", Type.TEXT),
                    required("actor", Type.TEXT), required("site", Type.TEXT), required("page", Type.TEXT),
                    required("created_at", Type.TIME)), "activity", OF_SITE, NOTHING),
            new Table("ap_blocks", List.of(required("kind", Type.TEXT), required("value", Type.TEXT),
                    required("created_at", Type.TIME)), "kind, value", null, NOTHING),
            // what the spam filter learned from the owner's decisions, and whom they trust (docs/spam.md);
            // the import's RowWriter restores the model whole or not at all
            new Table("spam_model", List.of(required("spam_docs", Type.LONG), required("ham_docs", Type.LONG)), "id", null, NOTHING),
            new Table("spam_tokens", List.of(required("token", Type.TEXT), required("spam", Type.LONG), required("ham", Type.LONG)),
                    "token", null, NOTHING, "(spam <> 0 OR ham <> 0)"),
            new Table("known_authors", List.of(required("email_hash", Type.TEXT), required("approved", Type.LONG),
                    required("updated_at", Type.TIME)), "email_hash", null, NOTHING));

    /**
     * What only a move to another database takes along: emails not sent yet, dashboard logins, and today's
     * salts and visitor hashes (an export leaves them out: they are deleted within a day by design).
     */
    public static final List<Table> OPERATIONAL = List.of(
            new Table("outbox", List.of(required("recipient", Type.TEXT), required("subject", Type.TEXT),
                    required("body", Type.TEXT), optional("unsubscribe", Type.TEXT), required("attempts", Type.LONG),
                    required("due_at", Type.TIME), required("created_at", Type.TIME)), "id", null, NOTHING),
            new Table("admin_sessions", List.of(required("token_hash", Type.TEXT), required("csrf_token", Type.TEXT),
                    required("expires_at", Type.TIME)), "token_hash", null, NOTHING),
            new Table("salts", List.of(required("day", Type.LONG), required("salt", Type.TEXT)), "day", null, NOTHING),
            new Table("visitors_today", List.of(required("day", Type.LONG), required("site", Type.TEXT),
                    required("page", Type.TEXT), required("visitor", Type.TEXT)), "day, site, page, visitor", OF_SITE, NOTHING),
            new Table("ap_actors", List.of(required("id", Type.TEXT), required("key_id", Type.TEXT),
                    required("public_key_pem", Type.TEXT), required("inbox", Type.TEXT), optional("shared_inbox", Type.TEXT),
                    required("handle", Type.TEXT), optional("name", Type.TEXT), optional("url", Type.TEXT),
                    required("fetched_at", Type.TIME)), "id", null, NOTHING),
            new Table("ap_activities", List.of(required("id", Type.ID), required("body", Type.TEXT),
                    required("created_at", Type.TIME)), "id", null, NOTHING),
            new Table("ap_deliveries", List.of(ref("activity_id", "ap_activities", false), required("inbox", Type.TEXT),
                    required("attempts", Type.LONG), required("due_at", Type.TIME), optional("lease", Type.TEXT),
                    required("created_at", Type.TIME)), "activity_id, inbox, id", null, NOTHING),
            new Table("ap_inbox", List.of(required("activity", Type.TEXT), required("type", Type.TEXT),
                    required("actor", Type.TEXT), required("received_at", Type.TIME)), "activity", null, NOTHING),
            new Table("ap_signatures", List.of(required("digest", Type.TEXT), required("expires_at", Type.TIME)),
                    "digest", null, NOTHING),
            new Table("spent_challenges", List.of(required("challenge", Type.TEXT), required("expires_at", Type.TIME)),
                    "challenge", null, NOTHING));

    private Tables() {
    }

    public static List<Table> withOperational() {
        return Stream.concat(DATA.stream(), OPERATIONAL.stream()).toList();
    }

    private static Table views(String name, String period) {
        return new Table(name, List.of(required("site", Type.TEXT), required("page", Type.TEXT), required(period, Type.LONG),
                required("views", Type.LONG), required("visitors", Type.LONG)), "site, page, " + period, OF_SITE, NOTHING);
    }
}
