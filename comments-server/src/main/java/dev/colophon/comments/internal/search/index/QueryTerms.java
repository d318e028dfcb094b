package dev.colophon.comments.internal.search.index;

import dev.colophon.text.Analyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each word of a query stands for among the comments' keys: its own key; for the last word while it
 * is being typed, the keys of the words it starts; and when neither is in any comment, the keys of the
 * words one letter off (as the site search's client does).
 */
public final class QueryTerms {
    private static final int COMPLETIONS = 12;
    private static final int CORRECTIONS = 6;

    private final IndexDao dao;
    private final Analyzer analyzer;

    public QueryTerms(IndexDao dao, String language) {
        this.dao = dao;
        this.analyzer = new Analyzer(language);
    }

    /** One set of keys per distinct word, at most {@code maxWords}; none for a query without words. */
    public List<Set<String>> groups(String query, int maxWords) {
        Map<String, String> words = new LinkedHashMap<>(); // key -> surface, in query order
        analyzer.tokens(query, token -> words.putIfAbsent(token.key(), token.surface()));
        boolean open = !query.isEmpty() && !Character.isWhitespace(query.charAt(query.length() - 1));
        List<Map.Entry<String, String>> kept = new ArrayList<>(words.entrySet()).subList(0, Math.min(words.size(), maxWords));
        List<Set<String>> groups = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            groups.add(keys(kept.get(i).getKey(), kept.get(i).getValue(), open && i == kept.size() - 1));
        }
        return groups;
    }

    private Set<String> keys(String key, String surface, boolean last) {
        Set<String> keys = new TreeSet<>();
        keys.add(key);
        if (last && surface.length() >= 2) {
            keys.addAll(dao.completions(surface.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%", COMPLETIONS));
        }
        if (dao.known(keys).isEmpty() && surface.length() >= CommentIndexer.TYPO_MIN - 1 && !Analyzer.isCjk(surface.codePointAt(0))) {
            List<String> variants = new ArrayList<>(Typos.deletions(surface));
            variants.add(surface);
            Set<String> corrected = new TreeSet<>();
            for (IndexDao.Word near : dao.near(variants)) {
                if (corrected.size() < CORRECTIONS && Typos.oneOff(surface, near.word())) {
                    corrected.add(near.term());
                }
            }
            keys.addAll(corrected);
        }
        return keys;
    }
}
