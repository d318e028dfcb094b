package dev.colophon.comments.internal.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reactions to whole pages. */
@RegisterConstructorMapper(PageCount.class)
public interface ReactionDao {

    /** Returns 1 for a new reaction, 0 when this visitor already reacted. */
    @SqlUpdate("INSERT INTO page_reactions (site, page, voter, created_at) VALUES (:site, :page, :voter, :now) ON CONFLICT DO NOTHING")
    int react(@Bind("site") String site, @Bind("page") String page, @Bind("voter") String voter, @Bind("now") long now);

    @SqlUpdate("DELETE FROM page_reactions WHERE site = :site AND page = :page AND voter = :voter")
    int unreact(@Bind("site") String site, @Bind("page") String page, @Bind("voter") String voter);

    @SqlQuery("SELECT COUNT(*) FROM page_reactions WHERE site = :site AND page = :page")
    int count(@Bind("site") String site, @Bind("page") String page);

    @SqlQuery("SELECT page AS page, COUNT(*) AS count FROM page_reactions WHERE site = :site GROUP BY page")
    List<PageCount> allCounts(@Bind("site") String site);

    @SqlQuery("""
            SELECT page AS page, COUNT(*) AS count FROM page_reactions
            WHERE site = :site AND page IN (<pages>) GROUP BY page""")
    List<PageCount> counts(@Bind("site") String site, @BindList("pages") List<String> pages);
}
