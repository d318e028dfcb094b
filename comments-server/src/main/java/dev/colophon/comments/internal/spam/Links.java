package dev.colophon.comments.internal.spam;

import dev.colophon.comments.internal.spam.tokens.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a comment's links say: how many there are, whether the text is little else, whether they hide
 * behind a URL shortener, and whether their hosts were seen in spam (or only in ham) before.
 */
final class Links {
    private static final Set<String> SHORTENERS = Set.of("bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd",
            "buff.ly", "cutt.ly", "rebrand.ly", "shorturl.at", "tiny.cc", "bl.ink", "rb.gy", "t.ly", "v.gd", "s.id",
            "lnkd.in", "adf.ly", "shorte.st", "bc.vc", "soo.gd", "clck.ru", "x.co", "short.io", "tr.im", "shorturl.com",
            "tiny.one", "u.to", "qps.ru", "urlz.fr", "0rz.tw", "linktr.ee", "bitly.com", "tinyurl.me");
    private static final int FREE_LINKS = 1;

    private Links() {
    }

    /** @param website the host of the author's website, or null */
    public static List<Reason> of(Tokens body, String website, Model model) {
        List<Reason> reasons = new ArrayList<>();
        int count = body.links().size();
        if (count > FREE_LINKS) {
            reasons.add(new Reason("links", Math.min(4.0, 0.8 * (count - FREE_LINKS)), count + " links"));
        }
        if (count > 0 && body.words() <= 2 * count) {
            reasons.add(new Reason("links", 2.0, "little but links (" + body.words() + " words)"));
        }
        Set<String> hosts = new LinkedHashSet<>(body.links());
        if (website != null) {
            hosts.add(website);
        }
        hosts.stream().filter(SHORTENERS::contains).findFirst().ifPresent(host ->
                reasons.add(new Reason("shortener", 2.5, "a link through the URL shortener " + host)));
        double seen = 0;
        List<String> spammy = new ArrayList<>();
        List<String> hammy = new ArrayList<>();
        for (String host : hosts) {
            long[] counts = model.counts(Tokens.LINK + host);
            if (counts != null && counts[0] > 0 && counts[1] == 0) {
                seen = Math.max(seen, Math.min(4.0, 1.5 + Math.log1p(counts[0])));
                spammy.add(host + " (in " + counts[0] + " spam)");
            } else if (counts != null && counts[1] > 0 && counts[0] == 0) {
                hammy.add(host);
            }
        }
        if (!spammy.isEmpty()) {
            reasons.add(new Reason("spam-domain", seen, "links to " + String.join(", ", spammy)));
        } else if (!hammy.isEmpty()) {
            reasons.add(new Reason("spam-domain", -1.0, "links only to hosts seen in approved comments: " + String.join(", ", hammy)));
        }
        return reasons;
    }
}
