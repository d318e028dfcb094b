package dev.colophon.comments.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colophon.comments.config.FediverseConfig;
import dev.colophon.config.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FediverseSettingsTest {
    static final Map<String, String> BASE = Map.of("COLOPHON_ORIGINS", "https://blog.example",
            "COLOPHON_ADMIN_TOKEN", "sample-token-0123456789");

    @Test
    void theAccountIsBlogAndPostsAreArticlesByDefault() {
        FediverseConfig fediverse = new ServerConfigReader().read(null, BASE, Map.of()).fediverse();
        assertThat(fediverse.account()).isEqualTo("blog");
        assertThat(fediverse.objectType()).isEqualTo(FediverseConfig.ObjectType.ARTICLE);
        assertThat(fediverse.federateComments()).isFalse();
        assertThat(fediverse.url()).isNull();
    }

    @Test
    void theSampleFileDocumentsEverySettingWithItsDefault() {
        FediverseConfig sample = new ServerConfigReader().read(Path.of("comments.sample.yml"),
                Map.of("COLOPHON_ADMIN_TOKEN", "sample-token-0123456789"), Map.of()).fediverse();
        assertThat(sample).isEqualTo(FediverseConfig.defaults());
    }

    @Test
    void badValuesAreListedWithTheirSource() {
        Map<String, String> env = new java.util.HashMap<>(BASE);
        env.put("COLOPHON_FEDIVERSE_ACCOUNT", "the blog");
        env.put("COLOPHON_FEDIVERSE_OBJECT_TYPE", "poem");
        env.put("COLOPHON_FEDIVERSE_URL", "blog.example/ap");
        assertThatThrownBy(() -> new ServerConfigReader().read(null, env, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("fediverse_account (from environment COLOPHON_FEDIVERSE_ACCOUNT)")
                .hasMessageContaining("fediverse_object_type").hasMessageContaining("must be article or note")
                .hasMessageContaining("fediverse_url");
    }
}
