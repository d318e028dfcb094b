package dev.colophon.site;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 64-bit fingerprints of build inputs. An output file's fingerprint mixes those of everything it
 * shows, so a rebuild renders exactly the files whose fingerprint changed.
 */
public final class Fingerprint {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;

    private Fingerprint() {
    }

    /** A content hash of the text's UTF-8 bytes. */
    public static long of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A content hash: XXH64 with seed 0, as Hugo and rsync-style tools use to spot changes. A build
     * hashes every source file, and SHA-256 (the first choice) cost ten times as much for no gain here.
     */
    public static long of(byte[] bytes) {
        int length = bytes.length;
        int i = 0;
        long h;
        if (length >= 32) {
            long v1 = P1 + P2;
            long v2 = P2;
            long v3 = 0;
            long v4 = -P1;
            for (; i <= length - 32; i += 32) {
                v1 = round(v1, (long) LONGS.get(bytes, i));
                v2 = round(v2, (long) LONGS.get(bytes, i + 8));
                v3 = round(v3, (long) LONGS.get(bytes, i + 16));
                v4 = round(v4, (long) LONGS.get(bytes, i + 24));
            }
            h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
            h = merge(merge(merge(merge(h, v1), v2), v3), v4);
        } else {
            h = P5;
        }
        h += length;
        for (; i <= length - 8; i += 8) {
            h ^= round(0, (long) LONGS.get(bytes, i));
            h = Long.rotateLeft(h, 27) * P1 + P4;
        }
        if (i <= length - 4) {
            h ^= ((int) INTS.get(bytes, i) & 0xFFFFFFFFL) * P1;
            h = Long.rotateLeft(h, 23) * P2 + P3;
            i += 4;
        }
        for (; i < length; i++) {
            h ^= (bytes[i] & 0xFFL) * P5;
            h = Long.rotateLeft(h, 11) * P1;
        }
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        return h ^ (h >>> 32);
    }

    private static long round(long acc, long input) {
        return Long.rotateLeft(acc + input * P2, 31) * P1;
    }

    private static long merge(long h, long v) {
        return (h ^ round(0, v)) * P1 + P4;
    }

    /** Combines fingerprints, order-sensitive (a SplitMix64 step per part). */
    public static long mix(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h = step(h ^ part);
        }
        return h;
    }

    public static long mixAll(long seed, List<Long> parts) {
        long h = step(seed);
        for (long part : parts) {
            h = step(h ^ part);
        }
        return h;
    }

    /** The fingerprint of a list of pages, in order. */
    public static long ofPages(List<Page> pages) {
        long h = step(pages.size());
        for (Page page : pages) {
            h = step(h ^ page.fingerprint());
        }
        return h;
    }

    private static long step(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
