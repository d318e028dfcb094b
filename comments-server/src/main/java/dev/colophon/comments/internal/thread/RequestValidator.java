package dev.colophon.comments.internal.thread;

import dev.colophon.comments.internal.errors.Refused;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.internal.text.CleanText;
import java.net.URI;
import java.util.regex.Pattern;

/** Checks and normalizes what readers send, with a message per field that says what is expected. */
public final class RequestValidator {
    static final String DEFAULT_SITE = "default";
    private static final Pattern SITE = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]+");
    private static final int MAX_PAGE = 500;
    private static final int MAX_URL = 500;

    private final Limits limits;

    RequestValidator(Limits limits) {
        this.limits = limits;
    }

    CommentRequest validate(CommentRequest request) {
        String name = CleanText.line(request.author());
        String author = name == null || name.isBlank() ? "Anonymous" : name.strip();
        if (author.length() > limits.maxNameChars()) {
            throw Refused.invalid("author must be at most " + limits.maxNameChars() + " characters");
        }
        String email = blankToNull(request.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches() || !CleanText.isPlainToken(email))) {
            throw Refused.invalid("email must look like name@example.com, or be left out");
        }
        if (request.wantsReplies() && email == null) {
            throw Refused.invalid("notify needs an email to send replies to");
        }
        return new CommentRequest(page(request.page()), site(request.site()), body(request.body()), author, email,
                website(request.website()), request.parent(), request.hp(), request.wantsReplies(), request.elapsed(), request.pow());
    }

    String body(String raw) {
        String body = CleanText.multiline(raw);
        if (body == null || body.isBlank()) {
            throw Refused.invalid("body is required: the comment's text in Markdown");
        }
        if (body.length() > limits.maxBodyChars()) {
            throw Refused.tooLarge("body must be at most " + limits.maxBodyChars() + " characters");
        }
        return body.strip();
    }

    public static String page(String page) {
        if (page == null || !page.startsWith("/") || page.length() > MAX_PAGE || !CleanText.isPlainToken(page)) {
            throw Refused.invalid("page must be the page's path, like /posts/hello/ (no spaces or control "
                    + "characters, at most " + MAX_PAGE + " characters)");
        }
        return page;
    }

    public static String site(String site) {
        if (site == null || site.isBlank()) {
            return DEFAULT_SITE;
        }
        if (!SITE.matcher(site).matches()) {
            throw Refused.invalid("site must be letters, digits, '.', '_' or '-' (at most 100)");
        }
        return site;
    }

    private static String website(String website) {
        String value = blankToNull(website);
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value);
            if (value.length() <= MAX_URL && uri.getHost() != null && CleanText.isPlainToken(value)
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw Refused.invalid("website must be an http(s) URL, or be left out");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
