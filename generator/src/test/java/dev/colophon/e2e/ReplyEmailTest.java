package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.colophon.comments.config.MailConfig;
import dev.colophon.comments.config.Moderation;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A reader asks for reply emails in the widget, and gets one when someone answers (headless Chromium, GreenMail). */
class ReplyEmailTest {
    static final String POST = "/posts/hello-colophon/";

    @TempDir
    Path tmp;
    GreenMail smtp;
    SiteUnderTest site;
    Browser reader;

    @BeforeEach
    void start() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        site = new SiteUnderTest(tmp, Moderation.POST, new MailConfig("127.0.0.1", port, null, null, "none",
                "comments@blog.example", null, "http://comments.blog.example"));
        reader = Browser.start();
    }

    @AfterEach
    void stop() {
        if (reader != null) {
            assertThat(reader.uncaughtErrors()).isEmpty();
            reader.close();
        }
        site.close();
        smtp.stop();
    }

    @Test
    void aReaderWhoTicksTheBoxIsEmailedTheReply() throws Exception {
        reader.open(site.url(POST));
        WebElement form = reader.await(".colophon > .c-form");
        form.findElement(By.name("body")).click(); // the form opens when the reader starts writing
        WebElement notify = form.findElement(By.name("notify"));
        reader.waiting().until(d -> notify.isDisplayed()); // shown once the server says it can send emails
        form.findElement(By.name("author")).sendKeys("Ann");
        form.findElement(By.name("email")).sendKeys("ann@example.com");
        form.findElement(By.name("body")).sendKeys("Tell me when someone answers");
        notify.click();
        form.findElement(By.cssSelector(".c-submit")).click();
        reader.awaitText(".c-list .c-body", "Tell me when someone answers");
        String id = reader.await(".c-list .c-comment").getAttribute("id");
        Matcher number = Pattern.compile("(\\d+)$").matcher(id);
        assertThat(number.find()).as(id).isTrue();

        site.comments.sendMail();
        MimeMessage request = smtp.getReceivedMessages()[0];
        assertThat(request.getSubject()).startsWith("Confirm reply emails");
        Matcher confirm = Pattern.compile("http://comments\\.blog\\.example(/confirm\\?\\S+)")
                .matcher(GreenMailUtil.getBody(request).replace("=\r\n", ""));
        assertThat(confirm.find()).isTrue();
        reader.open(site.commentsUrl + confirm.group(1)); // the link in the email, followed in the browser
        reader.await("form button").click();
        reader.awaitText("body", "replies to your comments will be emailed to ann@example.com");

        site.postRaw("{\"page\":\"" + POST + "\",\"body\":\"Here is an answer\",\"author\":\"Bob\",\"parent\":" + number.group(1) + "}");
        site.comments.sendMail();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getAllRecipients()[0].toString()).isEqualTo("ann@example.com");
        assertThat(GreenMailUtil.getBody(received[1])).contains("Bob replied").contains("Here is an answer");
    }
}
