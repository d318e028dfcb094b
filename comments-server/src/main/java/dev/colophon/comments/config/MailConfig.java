package dev.colophon.comments.config;

/**
 * How the server sends email: reply notifications to readers who asked for them, and a note to the
 * site owner on every new comment. Without an SMTP host nothing is sent.
 *
 * @param security {@code starttls} (port 587), {@code tls} (port 465) or {@code none} (a local relay)
 * @param from the sender address
 * @param ownerEmail where new-comment notes go, or null for none
 * @param publicUrl the comment server's public URL, for unsubscribe and dashboard links
 */
public record MailConfig(String smtpHost, int smtpPort, String username, String password, String security,
                         String from, String ownerEmail, String publicUrl) {

    public static MailConfig none() {
        return new MailConfig(null, 587, null, null, "starttls", null, null, null);
    }

    public boolean enabled() {
        return smtpHost != null;
    }
}
