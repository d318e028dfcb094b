package dev.colophon.comments.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.MailConfig;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.StatsConfig;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The owner's daily digest of held comments, sent to a real SMTP server (GreenMail) on loopback. */
@ParameterizedClass
@EnumSource(Backend.class)
class HeldDigestTest {
    static final String OWNER = "owner@blog.example";

    @Parameter
    Backend backend;

    @TempDir
    Path tmp;
    GreenMail smtp;
    TestServer server;

    @BeforeEach
    void start() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        MailConfig mail = new MailConfig("127.0.0.1", port, null, null, "none", "comments@blog.example", OWNER,
                "http://comments.blog.example");
        server = new TestServer(backend.newDatabase(tmp, "digest"), Moderation.AUTO, Limits.defaults().withoutRates(),
                new StatsConfig(Duration.ofHours(1), false, 0), mail);
    }

    @AfterEach
    void stop() {
        server.close();
        smtp.stop();
    }

    @Test
    void yesterdaysHeldCommentsReachTheOwnerOnceWithApproveLinks() throws Exception {
        long pending = server.comment("/p/", "Heirloom tomatoes ripen unevenly", null).get("id").asLong();
        long spam = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "free pills", "hp", "x")).json().get("id").asLong();
        assertThat(server.server.queueDigest()).isFalse(); // nothing was held yesterday
        server.clock.advance(Duration.ofDays(1));
        assertThat(server.server.queueDigest()).isTrue();
        assertThat(server.server.queueDigest()).isFalse(); // once a day, whichever instance claims it
        server.server.sendMail();

        List<MimeMessage> digests = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).startsWith("Held on 2026-11-25")).toList();
        assertThat(digests).hasSize(1);
        assertThat(subject(digests.get(0))).isEqualTo("Held on 2026-11-25: 1 awaiting moderation, 1 spam");
        String body = GreenMailUtil.getBody(digests.get(0)).replace("=\r\n", "").replace("=3D", "=");
        assertThat(body).contains("#" + pending + " on /p/ by Ann").contains("#" + spam + " on /p/ by Anonymous (spam score 1.00)")
                .contains("Approve: http://comments.blog.example/moderate?id=" + pending + "&action=approve&token=");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
