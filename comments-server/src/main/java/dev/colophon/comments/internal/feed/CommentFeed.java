package dev.colophon.comments.internal.feed;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.colophon.comments.internal.store.AdminComment;
import dev.colophon.comments.internal.text.CleanText;
import java.util.Date;
import java.util.List;

/** Atom feeds of approved comments, for a thread or a whole site, so readers can follow a discussion. */
public final class CommentFeed {
    private final String siteUrl;

    /** @param siteUrl the public origin of the site, for links to comments */
    public CommentFeed(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    public String atom(String title, String page, String selfUrl, List<AdminComment> comments) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(CleanText.line(title));
        feed.setLink(siteUrl + (page == null ? "/" : CleanText.line(page)));
        feed.setUri(selfUrl);
        feed.setPublishedDate(new Date(comments.isEmpty() ? 0 : comments.get(0).createdAt()));
        feed.setEntries(comments.stream().map(this::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException(e);
        }
    }

    private SyndEntry entry(AdminComment comment) {
        // Stored text is cleaned on the way in, but rows written before that (or by hand) must not break the feed.
        SyndEntry entry = new SyndEntryImpl();
        String page = CleanText.line(comment.page());
        String author = CleanText.line(comment.author());
        String link = siteUrl + page + "#comment-" + comment.id();
        entry.setTitle(author + " on " + page);
        entry.setLink(link);
        entry.setUri(link);
        entry.setAuthor(author);
        entry.setPublishedDate(new Date(comment.createdAt()));
        entry.setUpdatedDate(new Date(comment.updatedAt() != null ? comment.updatedAt() : comment.createdAt()));
        SyndContentImpl content = new SyndContentImpl();
        content.setType("html");
        content.setValue(CleanText.multiline(comment.html()));
        entry.setContents(List.of(content));
        return entry;
    }
}
