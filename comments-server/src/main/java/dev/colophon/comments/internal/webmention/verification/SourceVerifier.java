package dev.colophon.comments.internal.webmention.verification;

import dev.colophon.comments.internal.fetch.FetchException;
import dev.colophon.comments.internal.fetch.Fetched;
import dev.colophon.comments.internal.fetch.Fetcher;
import dev.colophon.comments.internal.store.MentionRow;
import dev.colophon.comments.internal.webmention.MentionKind;
import dev.colophon.comments.internal.webmention.SourceEntry;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetches a webmention's source through the guarded fetcher and decides: a source that links to the exact
 * target is accepted with what its h-entry says; 410 Gone, another 4xx, or a page without the link is
 * refused (which removes what an earlier verification added); timeouts and 5xx are tried again.
 */
public final class SourceVerifier {
    private static final String ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1";

    private final Fetcher fetcher;

    public SourceVerifier(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    public Verdict verify(MentionRow row) {
        Fetched fetched;
        try {
            fetched = fetcher.get(URI.create(row.source()), ACCEPT);
        } catch (FetchException e) {
            return e.isTransient() ? Verdict.retry(e.getMessage()) : Verdict.refuse(e.getMessage());
        }
        int status = fetched.status();
        if (status == 410) {
            return Verdict.refuse("the source is gone (410)");
        }
        if (status >= 500 || status == 429) {
            return Verdict.retry("the source answered " + status);
        }
        if (status < 200 || status >= 300) {
            return Verdict.refuse("the source answered " + status);
        }
        if (!fetched.isHtml()) {
            return fetched.text().contains(row.target())
                    ? Verdict.accept(new SourceEntry(MentionKind.MENTION, null, null, null, null))
                    : Verdict.refuse("the source does not link to the target");
        }
        Document document = Jsoup.parse(fetched.text(), fetched.url().toString());
        if (!EntryReader.linksTo(document, row.target())) {
            return Verdict.refuse("the source does not link to " + row.target());
        }
        return Verdict.accept(EntryReader.read(document, row.source(), row.target()));
    }

    /** The author's photo as an image of at most {@code maxBytes}, or null when it is not one. */
    public Fetched photo(String url, int maxBytes) {
        try {
            Fetched image = fetcher.get(URI.create(url), "image/png, image/jpeg, image/gif, image/webp");
            String type = image.contentType() == null ? "" : image.contentType().toLowerCase();
            boolean raster = type.startsWith("image/png") || type.startsWith("image/jpeg") || type.startsWith("image/gif")
                    || type.startsWith("image/webp");
            return image.status() == 200 && raster && !image.truncated() && image.body().length <= maxBytes ? image : null;
        } catch (FetchException | IllegalArgumentException e) {
            return null;
        }
    }
}
