package dev.colophon.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void contentHashIsXxh64WithSeedZero() {
        // Reference values of the xxHash project's XXH64.
        assertThat(Fingerprint.of("")).isEqualTo(0xEF46DB3751D8E999L);
        assertThat(Fingerprint.of("a")).isEqualTo(0xD24EC4F1A98C6E5BL);
        assertThat(Fingerprint.of("abc")).isEqualTo(0x44BC2CF5AD770999L);
        assertThat(Fingerprint.of("Nobody inspects the spammish repetition")).isEqualTo(0xFBCEA83C8A378BF1L);
    }

    @Test
    void everyByteOfALongInputCounts() {
        byte[] text = "0123456789abcdef".repeat(20).concat("xyz").getBytes(StandardCharsets.UTF_8);
        long original = Fingerprint.of(text);
        for (int i = 0; i < text.length; i++) {
            byte[] changed = text.clone();
            changed[i] ^= 1;
            assertThat(Fingerprint.of(changed)).as("byte %d", i).isNotEqualTo(original);
        }
    }
}
