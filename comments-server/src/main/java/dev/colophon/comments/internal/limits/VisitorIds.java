package dev.colophon.comments.internal.limits;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.SettingDao;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Identifies visitors without storing who they are. An address becomes a hash keyed by {@link AddressKeys}
 * (for blocks and rate limits), whose keys never enter the database; a visitor of a day becomes a hash of
 * a daily salt with address, user agent and site (for likes and unique visitors). Salts older than a day
 * are deleted, so old hashes cannot be tied to an address again. The database's own key only signs links.
 */
public final class VisitorIds {
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;
    private final byte[] linkKey;
    private final AddressKeys addressKeys;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::linkMac);
    /** Each request thread's Macs of the address keys, made again only when the keys rotate: making one was most of a hash. */
    private final ThreadLocal<AddressMacs> addressMacs = new ThreadLocal<>();
    private final AtomicReference<DailySalt> salt = new AtomicReference<>(new DailySalt(-1, ""));

    private record DailySalt(long day, String value) {
    }

    private record AddressMacs(List<AddressKeys.Key> keys, List<Mac> macs) {
    }

    public VisitorIds(Database db, Clock clock, AddressKeys addressKeys) {
        this.db = db;
        this.clock = clock;
        this.addressKeys = addressKeys;
        this.linkKey = HEX.parseHex(db.write(handle -> {
            SettingDao dao = Daos.of(handle, SettingDao.class);
            dao.insertIfAbsent("address_key", randomHex(32));
            return dao.get("address_key").orElseThrow();
        }));
    }

    /** The address's hash under the current key. */
    public String address(String ip) {
        return addresses(ip).get(0);
    }

    /** The address's hash under each key still kept, current first: blocks made under the previous key still match. */
    public List<String> addresses(String ip) {
        byte[] address = ip.getBytes(StandardCharsets.UTF_8);
        return addressMacs().stream().map(mac -> HEX.formatHex(mac.doFinal(address), 0, 16)).toList();
    }

    private List<Mac> addressMacs() {
        List<AddressKeys.Key> keys = addressKeys.keys();
        AddressMacs cached = addressMacs.get();
        if (cached == null || !cached.keys().equals(keys)) {
            cached = new AddressMacs(keys, keys.stream().map(key -> newMac(HEX.parseHex(key.hex()))).toList());
            addressMacs.set(cached);
        }
        return cached.macs();
    }

    /**
     * Moves address blocks made under the previous key to the current one when their address comes back,
     * so a block outlives a key rotation as long as its address keeps trying.
     */
    public void rekeyBlocksOf(String ip) {
        rekeyBlocks(addresses(ip));
    }

    /** As {@link #rekeyBlocksOf}, given the address's hashes under each key ({@link #addresses}), current first. */
    public void rekeyBlocks(List<String> hashes) {
        for (String old : hashes.subList(1, hashes.size())) {
            boolean blocked = db.jdbi().withExtension(dev.colophon.comments.internal.store.BlockDao.class,
                    dao -> dao.matches("", old) > 0);
            if (blocked) {
                db.execute(handle -> Daos.of(handle, dev.colophon.comments.internal.store.BlockDao.class).rekey(old, hashes.get(0)));
            }
        }
    }

    private Mac linkMac() {
        return newMac(linkKey);
    }

    private static Mac newMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A keyed signature of a text (for links the server must recognise as its own), 32 hex digits. */
    public String sign(String text) {
        return HEX.formatHex(macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    /** The visitor's id for today: the same all day for one address, agent and site, unlinkable after. */
    public String visitorToday(String ip, String userAgent, String site) {
        return sha256(saltOfToday() + "|" + ip + "|" + (userAgent == null ? "" : userAgent) + "|" + site);
    }

    private String saltOfToday() {
        long day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
        DailySalt current = salt.get();
        if (current.day() == day) {
            return current.value();
        }
        String value = db.write(handle -> {
            SettingDao dao = Daos.of(handle, SettingDao.class);
            dao.insertSalt(day, randomHex(16));
            dao.deleteSaltsBefore(day);
            return dao.salt(day).orElseThrow();
        });
        salt.set(new DailySalt(day, value));
        return value;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HEX.formatHex(buffer);
    }

    public static String tokenHash(String token) {
        return sha256(token);
    }
}
