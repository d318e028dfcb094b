package dev.colophon.comments.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.comments.config.LogFormat;
import dev.colophon.comments.internal.config.ServerConfigReader;
import dev.colophon.config.ConfigException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** {@code log_format: json}: every log line one JSON object a collector can parse. */
class LogsTest {
    private static final Map<String, String> REQUIRED = Map.of("COLOPHON_ORIGINS", "https://blog.example",
            "COLOPHON_ADMIN_TOKEN", "0123456789abcdef0123");

    @Test
    void jsonLogsAreOneObjectPerLineWithLevelLoggerAndMessage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logs.encodeAsJson(out);
        LoggerFactory.getLogger("dev.colophon.comments.Example").warn("disk {} is full", "/var");
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.get("level").asText()).isEqualTo("WARN");
        assertThat(line.get("loggerName").asText()).isEqualTo("dev.colophon.comments.Example");
        assertThat(line.get("formattedMessage").asText()).isEqualTo("disk /var is full");
        assertThat(line.get("timestamp").asLong()).isPositive();
    }

    @Test
    void theSettingIsTextByDefaultJsonOnRequestAndNothingElse() {
        assertThat(new ServerConfigReader().read(null, REQUIRED, Map.of()).logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(new ServerConfigReader().read(null, REQUIRED, Map.of("log_format", "json")).logFormat()).isEqualTo(LogFormat.JSON);
        try {
            new ServerConfigReader().read(null, REQUIRED, Map.of("log_format", "xml"));
            throw new AssertionError("xml was accepted");
        } catch (ConfigException e) {
            assertThat(e.messages()).anyMatch(p -> p.contains("log_format") && p.contains("must be text or json"));
        }
    }
}
