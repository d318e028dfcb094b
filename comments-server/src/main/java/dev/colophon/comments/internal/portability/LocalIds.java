package dev.colophon.comments.internal.portability;

import java.util.Arrays;

/** The database id given to each number of a section in the document (numbers are small and dense: an array). */
final class LocalIds {
    private long[] ids = new long[1024];

    void put(long number, long id) {
        int at = index(number);
        if (at >= ids.length) {
            ids = Arrays.copyOf(ids, Math.max(at + 1, ids.length * 2));
        }
        ids[at] = id;
    }

    /** The id of a number put before, or null. */
    Long get(long number) {
        int at = index(number);
        return at < ids.length && ids[at] != 0 ? ids[at] : null;
    }

    private static int index(long number) {
        if (number < 1 || number > 100_000_000) {
            throw new IllegalArgumentException("ids in an export are numbered from 1; got " + number);
        }
        return (int) number;
    }
}
