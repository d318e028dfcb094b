package dev.colophon.comments.internal.notify;

import dev.colophon.comments.config.MailConfig;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends one plain-text email through the configured SMTP server (Jakarta Mail). */
final class SmtpSender {
    private static final String TIMEOUT_MS = "15000";

    private final MailConfig config;
    private final Session session;

    SmtpSender(MailConfig config) {
        this.config = config;
        Properties props = new Properties();
        props.put("mail.smtp.host", config.smtpHost());
        props.put("mail.smtp.port", String.valueOf(config.smtpPort()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        props.put("mail.smtp.auth", String.valueOf(config.username() != null));
        switch (config.security()) {
            case "starttls" -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
            }
            case "tls" -> props.put("mail.smtp.ssl.enable", "true");
            default -> { } // "none": a relay on the same host or network
        }
        this.session = Session.getInstance(props);
    }

    void send(Email email, long sentAt) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(config.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.recipient(), true));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setText(email.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date(sentAt));
        message.setHeader("Auto-Submitted", "auto-generated");
        if (email.unsubscribe() != null) {
            // RFC 8058: mail clients show an unsubscribe button that POSTs to this URL
            message.setHeader("List-Unsubscribe", "<" + email.unsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (config.username() != null) {
            Transport.send(message, config.username(), config.password());
        } else {
            Transport.send(message);
        }
    }
}
