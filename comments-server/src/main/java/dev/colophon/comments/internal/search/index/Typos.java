package dev.colophon.comments.internal.search.index;

import java.util.ArrayList;
import java.util.List;

/** One letter off: the deletions two such words share (SymSpell), and the exact test. */
final class Typos {
    private Typos() {
    }

    /** The word without each one of its letters in turn (never half a surrogate pair). */
    static List<String> deletions(String word) {
        List<String> out = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isSurrogate(word.charAt(i))) {
                out.add(word.substring(0, i) + word.substring(i + 1));
            }
        }
        return out;
    }

    /** Whether {@code a} and {@code b} are at most one letter wrong, missing, extra, or two swapped apart (Damerau–Levenshtein). */
    static boolean oneOff(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int shorter = Math.min(a.length(), b.length());
        while (i < shorter && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || (i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                        && a.substring(i + 2).equals(b.substring(i + 2)));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
