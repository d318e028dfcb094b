package dev.colophon.site;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * 64-bit fingerprints of build inputs. An output file's fingerprint mixes those of everything it
 * shows, so a rebuild renders exactly the files whose fingerprint changed.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /** A content hash: the first 64 bits of SHA-256. */
    public static long of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static long of(byte[] bytes) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(bytes)).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
