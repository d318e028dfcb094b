package dev.colophon.comments.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a leaked copy of the database tells about commenters' addresses: nothing that its own contents can undo. */
class PrivacyTest {
    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.open(tmp, Moderation.POST);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Every value in every text column of the copy, the key candidates an attacker would try. */
    private static List<String> everyValueIn(Path copy) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM \"" + table + "\"")) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            values.add(String.valueOf(rs.getString(i)));
                        }
                    }
                }
            }
        }
        return values;
    }

    private static String hmac(String hexKey, String ip) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(hexKey), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(ip.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    @Test
    void noValueInACopyOfTheDatabaseKeysTheStoredAddressHashes() throws Exception {
        server.comment("/p/", "hello", null);
        server.database().execute(h -> h.execute("PRAGMA wal_checkpoint(FULL)"));
        Path copy = tmp.resolve("leaked.db");
        Files.copy(tmp.resolve("comments.db"), copy);

        String stored;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             ResultSet rs = c.createStatement().executeQuery("SELECT address_hash FROM comments")) {
            rs.next();
            stored = rs.getString(1);
        }
        for (String candidate : everyValueIn(copy)) {
            if (candidate.matches("[0-9a-f]{32,}") && candidate.length() % 2 == 0) {
                assertThat(hmac(candidate, "127.0.0.1")).as("keyed by a value of the database").isNotEqualTo(stored);
            }
        }
        Path keyFile = tmp.resolve("address.key");
        String currentKey = Files.readAllLines(keyFile).stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow()
                .split(" ")[1];
        assertThat(hmac(currentKey, "127.0.0.1")).as("keyed by the key file").isEqualTo(stored);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void theKeyRotatesEveryThirtyDaysAndABlockFollowsItsAddressToTheNewKeyUntilTheAddressStaysAway() throws Exception {
        long id = server.comment("/p/", "spam", null).get("id").asLong();
        assertThat(server.post("/api/v1/admin/comments/" + id + "/block", "", server.admin()).status()).isEqualTo(200);
        String blockedUnderOldKey = server.get("/api/v1/admin/blocks", server.admin()).json().get("blocks").get(0).get("value").asText();
        List<String> before = Files.readAllLines(tmp.resolve("address.key"));

        server.clock.advance(Duration.ofDays(AddressKeys.PERIOD_DAYS + 1));
        TestServer.Response held = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "still me"));
        assertThat(held.status()).isEqualTo(201); // a blocked address's comment is kept as spam, never shown
        assertThat(isHeldAsBlocked(held.json().get("id").asText())).as("the block still matches after rotation").isTrue();

        List<String> after = Files.readAllLines(tmp.resolve("address.key"));
        assertThat(after).isNotEqualTo(before).hasSize(before.size() + 1); // the old key kept one more period
        String rekeyed = server.get("/api/v1/admin/blocks", server.admin()).json().get("blocks").get(0).get("value").asText();
        assertThat(rekeyed).isNotEqualTo(blockedUnderOldKey).isEqualTo(hmac(after.get(2).split(" ")[1], "127.0.0.1"));

        server.clock.advance(Duration.ofDays(2L * AddressKeys.PERIOD_DAYS + 1));
        TestServer.Response lapsed = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "again"));
        assertThat(lapsed.status()).isEqualTo(201);
        assertThat(isHeldAsBlocked(lapsed.json().get("id").asText()))
                .as("a block whose address stayed away two periods lapses with its key").isFalse();
        assertThat(Files.readAllLines(tmp.resolve("address.key")).stream().filter(l -> !l.startsWith("#")))
                .hasSize(1).noneMatch(line -> after.contains(line)); // unseen for two periods: both old keys gone
    }

    /** Whether the comment sits in the spam folder because of a block. */
    private boolean isHeldAsBlocked(String id) {
        for (var c : server.get("/api/v1/admin/comments?status=spam", server.admin()).json().get("comments")) {
            if (c.get("id").asText().equals(id)) {
                for (var reason : c.get("spamReasons")) {
                    if (reason.get("signal").asText().equals("blocked")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
