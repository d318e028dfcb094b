package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.SettingDao;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The blog's RSA key pair, made once and kept in the settings table, so that every instance on the
 * database signs with the same key. Only the private key is stored (one row, so two instances starting
 * at once cannot keep halves of different pairs); the public key is derived from it.
 */
public final class ActorKeys {
    static final String SETTING = "activitypub_private_key";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private ActorKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static ActorKeys load(Database db) {
        String stored = db.jdbi().withExtension(SettingDao.class, dao -> dao.get(SETTING)).orElse(null);
        if (stored == null) {
            String made = Base64.getEncoder().encodeToString(generate().getEncoded());
            db.execute(handle -> Daos.of(handle, SettingDao.class).insertIfAbsent(SETTING, made));
            stored = db.jdbi().withExtension(SettingDao.class, dao -> dao.get(SETTING)).orElseThrow();
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored)));
            return new ActorKeys(key, rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("the stored ActivityPub key is unreadable: " + e.getMessage(), e);
        }
    }

    private static PrivateKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as the actor document publishes it. */
    public String publicKeyPem() {
        return Pem.publicKey(publicKey);
    }
}
