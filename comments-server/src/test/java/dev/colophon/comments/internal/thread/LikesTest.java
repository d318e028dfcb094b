package dev.colophon.comments.internal.thread;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A reader likes a comment once and can take the like back. */
@ParameterizedClass
@EnumSource(Backend.class)
class LikesTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.open(backend, tmp, Moderation.POST);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aLikeCountsOnceAndCanBeUndoneOnce() {
        long id = server.comment("/p/", "likeable", null).get("id").asLong();
        String like = "/api/v1/comments/" + id + "/like";
        assertThat(server.post(like, "").json().get("likes").asInt()).isEqualTo(1);
        assertThat(server.post(like, "").json().get("likes").asInt()).isEqualTo(1);
        assertThat(server.delete(like).json().get("likes").asInt()).isZero();
        assertThat(server.delete(like).json().get("likes").asInt()).isZero();
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("comments").get(0).get("likes").asInt()).isZero();
    }
}
