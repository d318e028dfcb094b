package dev.colophon.comments.internal.spam;

import dev.colophon.comments.config.SpamConfig;
import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.spam.tokens.Tokenizer;
import dev.colophon.comments.internal.spam.tokens.Tokens;
import dev.colophon.comments.internal.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scores a new comment: the learned classifier's reading of its words, plus signals beyond words,
 * each adding log-odds with a reason. Reads only; what it learns comes through {@link Teacher}.
 * Whatever the text, it never throws: odd input is a signal, not an error.
 */
public final class SpamFilter {
    private static final long TOO_FAST_MS = 3_000;
    private static final long FAST_MS = 8_000;
    /** Short texts ("thanks!", "me too") repeat among people too. */
    private static final int MIN_REPEATED_WORDS = 8;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Database db;
    private final VisitorIds ids;
    private final Model model;
    private final Tokenizer tokenizer = new Tokenizer();
    private final Classifier classifier = new Classifier();
    private final Scripts scripts;
    private final PostCopies postCopies = new PostCopies();

    public SpamFilter(Database db, VisitorIds ids, Model model, SpamConfig config) {
        this.db = db;
        this.ids = ids;
        this.model = model;
        this.scripts = new Scripts(config.language());
        model.refresh(db.jdbi());
    }

    public SpamScore score(Submission s) {
        if (db.isShared()) {
            model.refresh(db.jdbi()); // another instance may have learned something
        }
        return read(s, lookUp(s));
    }

    /** What the database knows of a submission: whether its author is blocked, copies of its text elsewhere, the post it is on. */
    public record Known(boolean blocked, SubmissionLookups.Repeats repeats, PostCopies.Post post) {
    }

    public Known lookUp(Submission s) {
        String hash = bodyHash(s.body());
        return db.jdbi().withHandle(handle -> {
            SubmissionLookups dao = new SubmissionLookups(handle);
            var known = dao.blockedAndRepeats(s.email() == null ? "" : s.email(),
                    s.addressHash() == null ? "" : s.addressHash(), s.site(), s.page(), hash);
            PostCopies.Post post = s.page() == null ? PostCopies.NONE : dao.postAt(s.page())
                    .map(at -> postCopies.post(at.version(), () -> dao.postContent(at.url()))).orElse(PostCopies.NONE);
            return new Known(known.blocked(), known.repeats(), post);
        });
    }

    /** The score of a submission, given what the database knows of it; only memory is read. */
    public SpamScore read(Submission s, Known known) {
        List<Reason> reasons = new ArrayList<>();
        if (s.honeypot()) {
            reasons.add(new Reason("honeypot", 10, "the form field hidden from people was filled in"));
        }
        if (known.blocked()) {
            reasons.add(new Reason("blocked", 10, "the author is on the block list"));
        }
        String text = Tokenizer.normalize(s.body());
        Tokens body = tokenizer.tokenize(text, "");
        reasons.addAll(classifier.reasons(model, features(s, body)));
        reasons.addAll(Links.of(body, s.website() == null ? null : Tokenizer.host(s.website().toLowerCase(Locale.ROOT)), model));
        speed(s.elapsedMs(), reasons);
        if (Tokenizer.INVISIBLE.matcher(s.body().length() > 20_000 ? s.body().substring(0, 20_000) : s.body()).find()) {
            reasons.add(new Reason("hidden", 1.5, "invisible characters (zero-width or direction marks) in the text"));
        }
        scripts.foreignScript(text).ifPresent(reasons::add);
        scripts.mixedWords(body.features()).ifPresent(reasons::add);
        scripts.foreignWords(body.features(), body.words()).ifPresent(reasons::add);
        repeats(known.repeats(), body.words(), reasons);
        PostCopies.copied(s.body(), known.post()).ifPresent(reasons::add);
        return SpamScore.of(reasons);
    }

    /** Every feature the classifier counts for a comment: its body's, and the author's name and website. */
    Iterable<String> features(Submission s, Tokens body) {
        List<String> all = new ArrayList<>(body.features());
        all.addAll(tokenizer.tokenize(Tokenizer.normalize(s.author() == null ? "" : s.author()), "author:").features());
        if (s.website() != null) {
            all.add("website:" + Tokenizer.host(s.website().toLowerCase(Locale.ROOT)));
        }
        return all;
    }

    Tokenizer tokenizer() {
        return tokenizer;
    }

    private static void speed(Long elapsedMs, List<Reason> reasons) {
        if (elapsedMs == null || elapsedMs < 0) {
            return;
        }
        if (elapsedMs < TOO_FAST_MS) {
            reasons.add(new Reason("speed", 1.2, String.format("sent %.1f s after the page loaded", elapsedMs / 1000.0)));
        } else if (elapsedMs < FAST_MS) {
            reasons.add(new Reason("speed", 0.5, String.format("sent %.1f s after the page loaded", elapsedMs / 1000.0)));
        }
    }

    /** The same text elsewhere: spam when the owner said so of a copy; suspect when long and never judged. */
    private static void repeats(SubmissionLookups.Repeats repeats, int words, List<Reason> reasons) {
        if (repeats.spam() > 0) {
            reasons.add(new Reason("repeated", 4.0, "the same text is on " + repeats.threads() + " other pages, "
                    + repeats.spam() + " of them marked spam"));
        } else if (repeats.threads() > 0 && repeats.ham() == 0 && words >= MIN_REPEATED_WORDS) {
            reasons.add(new Reason("repeated", 1.5, "the same text is on " + repeats.threads() + " other pages"));
        }
    }

    /** Whether the owner approved comments from this email before: the trust of {@code moderation: auto}. */
    public boolean isKnownAuthor(String email) {
        return email != null && db.jdbi().withHandle(handle -> new SubmissionLookups(handle).approvedOf(emailHash(email))).orElse(0) > 0;
    }

    public String emailHash(String email) {
        return ids.sign("author:" + email.strip().toLowerCase(Locale.ROOT));
    }

    /** The hash that finds the same text on other pages: lower-cased, spaces collapsed. */
    public static String bodyHash(String body) {
        String normalized = SPACES.matcher(Tokenizer.normalize(body).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return VisitorIds.tokenHash(normalized);
    }
}
