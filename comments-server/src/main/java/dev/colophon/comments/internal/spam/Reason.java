package dev.colophon.comments.internal.spam;

/**
 * One thing that moved a comment's spam score, for the moderator to read.
 *
 * @param signal what was looked at: {@code words}, {@code links}, {@code shortener}, {@code spam-domain},
 *               {@code speed}, {@code repeated}, {@code copied}, {@code script}, {@code language},
 *               {@code hidden}, {@code honeypot}, {@code blocked}
 * @param weight how much it added, in log-odds (negative: it looked like ham)
 * @param detail what was seen, in words
 */
public record Reason(String signal, double weight, String detail) {
}
