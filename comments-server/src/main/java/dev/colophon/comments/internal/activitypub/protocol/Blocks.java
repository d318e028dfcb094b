package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.store.Database;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Remote servers (a domain blocks its subdomains too) and accounts whose activities are refused. */
public final class Blocks {
    /** One block. */
    public record Block(String kind, String value, long createdAt) {
    }

    /** See {@code V14__activitypub.sql}. */
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Block.class)
    public interface BlockDao {
        @SqlUpdate("INSERT INTO ap_blocks (kind, value, created_at) VALUES (:kind, :value, :now) ON CONFLICT DO NOTHING")
        int add(@Bind("kind") String kind, @Bind("value") String value, @Bind("now") long now);

        @SqlUpdate("DELETE FROM ap_blocks WHERE kind = :kind AND value = :value")
        int remove(@Bind("kind") String kind, @Bind("value") String value);

        @SqlQuery("SELECT * FROM ap_blocks ORDER BY created_at DESC")
        List<Block> all();

        @SqlQuery("SELECT COUNT(*) FROM ap_blocks WHERE (kind = 'actor' AND value = :actor) OR (kind = 'domain' AND value IN (<domains>))")
        int matches(@Bind("actor") String actor, @org.jdbi.v3.sqlobject.customizer.BindList("domains") List<String> domains);

        @SqlQuery("SELECT actor FROM ap_followers")
        List<String> followers();

        @SqlUpdate("DELETE FROM ap_followers WHERE actor = :actor")
        int dropFollower(@Bind("actor") String actor);
    }

    private final Database db;
    private final Clock clock;

    public Blocks(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Whether an actor (by id or key id) is blocked, itself or through its server's domain. */
    public boolean blocked(String actorOrKey) {
        String actor = actorOrKey.replaceFirst("#.*$", "");
        List<String> domains = domainsOf(actor);
        return db.jdbi().withExtension(BlockDao.class, dao -> dao.matches(actor, domains)) > 0;
    }

    /** Blocks a domain or an actor; followers it covers are removed. */
    public Block add(String kind, String value) {
        String clean = kind.equals("domain") ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
        long now = clock.millis();
        db.execute(handle -> {
            BlockDao dao = Daos.of(handle, BlockDao.class);
            dao.add(kind, clean, now);
            for (String follower : dao.followers()) {
                if (kind.equals("actor") ? follower.equals(clean) : domainsOf(follower).contains(clean)) {
                    dao.dropFollower(follower);
                }
            }
        });
        return new Block(kind, clean, now);
    }

    public boolean remove(String kind, String value) {
        return db.write(handle -> Daos.of(handle, BlockDao.class).remove(kind, value.strip())) > 0;
    }

    public List<Block> all() {
        return db.jdbi().withExtension(BlockDao.class, BlockDao::all);
    }

    /** {@code a.b.example} → [a.b.example, b.example, example]. */
    static List<String> domainsOf(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null) {
            return List.of("");
        }
        host = host.toLowerCase(Locale.ROOT);
        List<String> domains = new java.util.ArrayList<>();
        for (String d = host; !d.isEmpty(); d = d.contains(".") ? d.substring(d.indexOf('.') + 1) : "") {
            domains.add(d);
        }
        return domains;
    }
}
