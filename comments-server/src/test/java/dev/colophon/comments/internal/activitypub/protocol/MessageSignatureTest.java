package dev.colophon.comments.internal.activitypub.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colophon.comments.internal.errors.FederationException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RFC 9421 signature base, rebuilt from a request, against the RFC's own worked example. */
class MessageSignatureTest {
    /**
     * RFC 9421, Appendix B.2.6 ("Signing a Request Using ed25519"): the test request, its Signature-Input
     * and Signature, and the public half of the test key test-key-ed25519 (Appendix B.1.4).
     */
    static final Map<String, String> RFC_REQUEST = Map.of(
            "host", "example.com",
            "date", "Tue, 20 Apr 2021 02:07:55 GMT",
            "content-type", "application/json",
            "content-length", "18",
            "signature-input", "sig-b26=(\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\" \"content-length\")"
                    + ";created=1618884473;keyid=\"test-key-ed25519\"",
            "signature", "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==:");
    static final String RFC_KEY = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=\n-----END PUBLIC KEY-----\n";

    private static MessageSignature read(Map<String, String> headers) {
        return MessageSignature.read(new MessageSignature.Request("POST", "https", "/foo?param=Value&Pet=dog", headers));
    }

    @Test
    void theBaseOfTheRfcsEd25519ExampleIsRebuiltAndItsSignatureVerifies() {
        MessageSignature signature = read(RFC_REQUEST);

        assertThat(signature.base()).isEqualTo("""
                "date": Tue, 20 Apr 2021 02:07:55 GMT
                "@method": POST
                "@path": /foo
                "@authority": example.com
                "content-type": application/json
                "content-length": 18
                "@signature-params": ("date" "@method" "@path" "@authority" "content-type" "content-length");\
                created=1618884473;keyid="test-key-ed25519\"""");
        assertThat(signature.label()).isEqualTo("sig-b26");
        assertThat(signature.keyId()).isEqualTo("test-key-ed25519");
        assertThat(signature.created()).isEqualTo(1618884473L);
        PublicKey key = Pem.readPublicKey(RFC_KEY);
        assertThat(SignatureAlgorithms.forKey(key)).contains(SignatureAlgorithms.ED25519);
        assertThat(SignatureAlgorithms.ED25519.verifies(key, signature.base().getBytes(StandardCharsets.UTF_8), signature.signature()))
                .isTrue();
    }

    @Test
    void aChangedCoveredFieldNoLongerVerifies() {
        Map<String, String> changed = new java.util.HashMap<>(RFC_REQUEST);
        changed.put("content-length", "19");
        MessageSignature signature = read(changed);
        assertThat(SignatureAlgorithms.ED25519.verifies(Pem.readPublicKey(RFC_KEY), signature.base().getBytes(StandardCharsets.UTF_8),
                signature.signature())).isFalse();
    }

    @Test
    void derivedComponentsComeFromTheRequestLine() {
        Map<String, String> headers = Map.of("host", "Blog.Example",
                "signature-input", "s=(\"@target-uri\" \"@request-target\" \"@query\" \"@scheme\");keyid=\"k\"", "signature", "s=:AA==:");
        assertThat(read(headers).base()).startsWith("""
                "@target-uri": https://blog.example/foo?param=Value&Pet=dog
                "@request-target": /foo?param=Value&Pet=dog
                "@query": ?param=Value&Pet=dog
                "@scheme": https
                """);
    }

    @Test
    void whatCannotBeCheckedIsRefusedNamingIt() {
        assertThatThrownBy(() -> read(Map.of("signature-input", "s=(\"@query-param\";name=\"Pet\");keyid=\"k\"", "signature", "s=:AA==:")))
                .isInstanceOf(FederationException.class).hasMessageContaining("has parameters");
        assertThatThrownBy(() -> read(Map.of("signature-input", "s=(\"@status\");keyid=\"k\"", "signature", "s=:AA==:")))
                .hasMessageContaining("\"@status\"");
        assertThatThrownBy(() -> read(Map.of("signature-input", "s=(\"digest\");keyid=\"k\"", "signature", "s=:AA==:")))
                .hasMessageContaining("which the request does not have");
        assertThatThrownBy(() -> read(Map.of("signature-input", "s=(\"@method\")", "signature", "s=:AA==:")))
                .hasMessageContaining("keyid");
    }

    @Test
    void anEd25519MultikeyReadsAsTheSameKey() throws Exception {
        PublicKey key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        String multikey = dev.colophon.comments.internal.activitypub.MessageSignerAccess.multikey(key);

        assertThat(Pem.readPublicKey(Pem.fromMultikey(multikey))).isEqualTo(key);
        assertThat(Pem.fromMultikey("z" + multikey.substring(2))).isNull(); // not the ed25519 prefix any more
        assertThat(Pem.fromMultikey("u" + multikey.substring(1))).isNull();
        assertThat(Pem.fromMultikey("z0OIl")).isNull(); // not base58
    }
}
