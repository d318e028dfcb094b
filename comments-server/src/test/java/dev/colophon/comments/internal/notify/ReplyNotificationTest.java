package dev.colophon.comments.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Reply notifications and owner notes, sent to a real SMTP server (GreenMail) on a loopback port. */
@ParameterizedClass
@EnumSource(Backend.class)
class ReplyNotificationTest {
    static final String OWNER = "owner@blog.example";
    static final Pattern UNSUBSCRIBE = Pattern.compile("(http://\\S+/unsubscribe\\?email=\\S+&token=[0-9a-f]+)");
    static final Pattern CONFIRM = Pattern.compile("http://comments\\.blog\\.example(/confirm\\?email=\\S+&token=[0-9a-f]+)");

    @Parameter
    Backend backend;

    @TempDir
    Path tmp;
    int smtpPort;
    GreenMail smtp;
    String database;
    TestServer server;

    @BeforeEach
    void startMail() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        database = backend.newDatabase(tmp, "mail");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        smtp.stop();
    }

    TestServer start(Moderation moderation, String owner) {
        MailConfig mail = new MailConfig("127.0.0.1", smtpPort, null, null, "none", "comments@blog.example", owner,
                "http://comments.blog.example");
        server = new TestServer(database, moderation, Limits.defaults().withoutRates(),
                new StatsConfig(Duration.ofHours(1), false, 0), mail);
        return server;
    }

    long post(String body, String email, boolean notify, Long parent) {
        Map<String, Object> request = new HashMap<>(Map.of("page", "/p/", "body", body, "author", email.split("@")[0],
                "email", email, "notify", notify));
        request.put("parent", parent);
        TestServer.Response response = server.post("/api/v1/comments", request);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    List<MimeMessage> sentTo(String recipient) {
        server.server.sendMail();
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipientOf(m).equalsIgnoreCase(recipient)).toList();
    }

    /** The reply emails (not confirmation requests) sent to an address. */
    List<MimeMessage> repliesTo(String recipient) {
        return sentTo(recipient).stream().filter(m -> subjectOf(m).startsWith("New reply")).toList();
    }

    /** Follows the confirmation link of the newest request sent to an address, as its owner would. */
    void confirm(String recipient) {
        List<MimeMessage> requests = sentTo(recipient).stream().filter(m -> subjectOf(m).startsWith("Confirm reply emails")).toList();
        assertThat(requests).as("confirmation requests to " + recipient).isNotEmpty();
        Matcher link = CONFIRM.matcher(GreenMailUtil.getBody(requests.get(requests.size() - 1)).replace("=\r\n", ""));
        assertThat(link.find()).isTrue();
        assertThat(server.get(link.group(1)).text()).contains("Yes, email me replies"); // a GET changes nothing
        assertThat(server.post(link.group(1), "").status()).isEqualTo(200);
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReplyEmailsTheAuthorWhoAskedAndNobodyElse() throws Exception {
        start(Moderation.POST, null);
        long ann = post("Ann's *point*", "ann@example.com", true, null);
        confirm("ann@example.com");
        long carl = post("Carl's point", "carl@example.com", false, null);
        long reply = post("Bob answers **Ann**", "bob@example.com", false, ann);
        post("Bob answers Carl", "bob@example.com", false, carl);
        post("Ann adds to her own comment", "ann@example.com", true, ann);

        List<MimeMessage> toAnn = repliesTo("ann@example.com");
        assertThat(toAnn).hasSize(1);
        MimeMessage email = toAnn.get(0);
        assertThat(email.getSubject()).isEqualTo("New reply to your comment on /p/");
        assertThat(email.getFrom()[0].toString()).isEqualTo("comments@blog.example");
        String body = GreenMailUtil.getBody(email);
        assertThat(body).contains("bob replied to your comment on https://blog.example/p/")
                .contains("Bob answers **Ann**").contains("https://blog.example/p/#comment-" + reply);
        assertThat(email.getHeader("List-Unsubscribe")[0]).startsWith("<http://comments.blog.example/unsubscribe?email=ann%40example.com&token=");
        assertThat(email.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(sentTo("carl@example.com")).isEmpty();
        assertThat(sentTo("bob@example.com")).isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(2); // the confirmation request and the reply
    }

    @Test
    void anAddressNobodyConfirmedGetsOneRequestADayAndNoReplies() {
        start(Moderation.POST, null);
        long first = post("Signed up a stranger", "victim@example.com", true, null);
        post("And again", "victim@example.com", true, null);
        post("A reply", "bob@example.com", false, first);
        assertThat(sentTo("victim@example.com")).hasSize(1).allMatch(m -> subjectOf(m).startsWith("Confirm reply emails"));
        assertThat(GreenMailUtil.getBody(sentTo("victim@example.com").get(0))).contains("If it was not you, ignore this email");
        server.clock.advance(Duration.ofHours(25));
        post("A day later", "Victim@Example.com", true, null);
        assertThat(sentTo("victim@example.com")).hasSize(2);
        assertThat(server.post("/confirm?email=victim%40example.com&token=00", "").status()).isEqualTo(403);
    }

    @Test
    void underPreModerationTheEmailWaitsUntilTheReplyIsApproved() {
        start(Moderation.PRE, null);
        long ann = post("Ann's point", "ann@example.com", true, null);
        confirm("ann@example.com");
        server.post("/api/v1/admin/comments/" + ann + "/approve", "", server.admin());
        long reply = post("Bob answers", "bob@example.com", false, ann);
        assertThat(repliesTo("ann@example.com")).isEmpty();

        server.post("/api/v1/admin/comments/" + reply + "/approve", "", server.admin());
        assertThat(repliesTo("ann@example.com")).hasSize(1);
        server.post("/api/v1/admin/comments/" + reply + "/approve", "", server.admin()); // approving again sends nothing
        assertThat(repliesTo("ann@example.com")).hasSize(1);
    }

    @Test
    void theOwnerHearsOfEveryNewComment() throws Exception {
        start(Moderation.PRE, OWNER);
        post("Please moderate me", "ann@example.com", false, null);
        List<MimeMessage> toOwner = sentTo(OWNER);
        assertThat(toOwner).hasSize(1);
        assertThat(toOwner.get(0).getSubject()).isEqualTo("Comment to moderate on /p/");
        String body = GreenMailUtil.getBody(toOwner.get(0)).replace("=\r\n", "");
        assertThat(body).contains("ann <ann@example.com>").contains("Please moderate me").contains("http://comments.blog.example/admin/");
    }

    @Test
    void theOwnerApprovesOrDeletesFromTheEmailItself() {
        start(Moderation.PRE, OWNER);
        post("Approve me", "ann@example.com", false, null);
        String approve = link(sentTo(OWNER).get(0), "Approve");
        assertThat(server.get(approve).text()).contains("Approve this comment by <b>ann</b>").contains("<p>Approve me</p>");
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isZero(); // a GET changes nothing
        assertThat(server.post(approve.replaceAll("token=[0-9a-f]+", "token=00"), "").status()).isEqualTo(403);
        assertThat(server.post(approve.replace("action=approve", "action=delete"), "").status()).isEqualTo(403);
        assertThat(server.post(approve, "").status()).isEqualTo(200);
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isEqualTo(1);

        post("Delete me", "spam@example.com", false, null);
        String delete = link(sentTo(OWNER).get(1), "Delete");
        assertThat(server.post(delete, "").status()).isEqualTo(200);
        assertThat(server.get("/api/v1/admin/comments?status=all", server.admin()).json().get("comments")).hasSize(1);
    }

    @Test
    void theOwnerHearsOfAnApprovedCommentWhoseEditSentItBackToModeration() {
        start(Moderation.PRE, OWNER);
        TestServer.Response posted = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "Great article",
                "author", "ann", "email", "ann@example.com"));
        String id = posted.json().get("id").asText();
        server.post("/api/v1/admin/comments/" + id + "/approve", "", server.admin());
        assertThat(sentTo(OWNER)).hasSize(1);

        TestServer.Response edited = server.put("/api/v1/comments/" + id, Map.of("body", "Buy pills at https://pills.example"),
                "X-Edit-Token", posted.json().get("token").asText());
        assertThat(edited.json().get("status").asText()).isEqualTo("pending");

        List<MimeMessage> toOwner = sentTo(OWNER);
        assertThat(toOwner).hasSize(2);
        MimeMessage note = toOwner.get(1);
        assertThat(subjectOf(note)).isEqualTo("Edited comment to moderate on /p/");
        String body = GreenMailUtil.getBody(note).replace("=\r\n", "");
        assertThat(body).contains("ann <ann@example.com>").contains("Buy pills at https://pills.example")
                .contains("awaits moderation again").doesNotContain("Great article");
        String approve = link(note, "Approve");
        assertThat(server.post(approve, "").status()).isEqualTo(200);
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("comments").get(0).get("html").asText())
                .contains("Buy pills at");
    }

    @Test
    void anEditThatStaysPublishedSendsTheOwnerNothingMore() {
        start(Moderation.POST, OWNER);
        TestServer.Response posted = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "first",
                "author", "ann", "email", "ann@example.com"));
        server.put("/api/v1/comments/" + posted.json().get("id").asText(), Map.of("body", "second"),
                "X-Edit-Token", posted.json().get("token").asText());
        assertThat(sentTo(OWNER)).hasSize(1).allMatch(m -> subjectOf(m).equals("New comment on /p/"));
    }

    /** The path of a link in an email, on the line that starts with its label. */
    static String link(MimeMessage email, String label) {
        Matcher line = Pattern.compile(label + ": http://comments\\.blog\\.example(\\S+)")
                .matcher(GreenMailUtil.getBody(email).replace("=\r\n", "").replace("=3D", "="));
        assertThat(line.find()).as(label + " link").isTrue();
        return line.group(1);
    }

    @Test
    void notifyNeedsAnEmailAndTheThreadSaysEmailsAreOn() {
        start(Moderation.POST, null);
        TestServer.Response response = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "hi", "notify", true));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("notify needs an email");
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("replyEmails").asBoolean()).isTrue();
    }

    @Test
    void theUnsubscribeLinkAsksThenStopsEveryReplyEmail() throws Exception {
        start(Moderation.POST, null);
        long ann = post("Ann's point", "ann@example.com", true, null);
        long second = post("Ann's second point", "Ann@Example.com", true, null);
        confirm("ann@example.com");
        post("Bob answers", "bob@example.com", false, ann);
        Matcher link = UNSUBSCRIBE.matcher(GreenMailUtil.getBody(repliesTo("ann@example.com").get(0)).replace("=\r\n", ""));
        assertThat(link.find()).isTrue();
        String path = link.group(1).replace("http://comments.blog.example", "");

        TestServer.Response confirm = server.get(path);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.text()).contains("<form method=\"post\">").contains("ann@example.com");
        assertThat(server.post(path.replaceAll("token=[0-9a-f]+", "token=0000"), "").status()).isEqualTo(403);
        assertThat(server.post(path.replace("ann%40", "bob%40"), "").status()).isEqualTo(403);

        TestServer.Response done = server.send(server.request(path).POST(HttpRequest.BodyPublishers.ofString(
                "List-Unsubscribe=One-Click")).header("Content-Type", "application/x-www-form-urlencoded").build());
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text()).contains("no more reply emails").contains("2 comments");
        post("Bob again", "bob@example.com", false, ann);
        post("Bob on the second", "bob@example.com", false, second);
        assertThat(repliesTo("ann@example.com")).hasSize(1); // only the first one
    }

    @Test
    void anEmailThatCannotBeSentWaitsInTheOutboxAcrossARestart() {
        smtp.stop();
        start(Moderation.POST, null);
        long ann = post("Ann's point", "ann@example.com", true, null);
        server.database().execute(h -> h.attach(MailAddressDao.class).confirm("ann@example.com", 1L)); // as if long ago
        post("Bob answers", "bob@example.com", false, ann);
        assertThat(server.server.sendMail()).isZero();
        server.close();

        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        start(Moderation.POST, null);
        server.clock.advance(Duration.ofHours(1)); // past the pause after the failed attempts
        assertThat(repliesTo("ann@example.com")).hasSize(1);
        int left = server.database().jdbi().withExtension(OutboxDao.class, OutboxDao::size);
        assertThat(left).isZero();
    }
}
