package dev.colophon.comments.internal.activitypub.protocol;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The site's posts as published to the fediverse; see {@code V14__activitypub.sql}. */
@RegisterConstructorMapper(PostRow.class)
public interface PostDao {

    @SqlQuery("SELECT * FROM ap_posts WHERE url = :url")
    Optional<PostRow> byUrl(@Bind("url") String url);

    @SqlQuery("SELECT * FROM ap_posts WHERE page = :page ORDER BY published_at DESC LIMIT 1")
    Optional<PostRow> byPage(@Bind("page") String page);

    @SqlUpdate("""
            INSERT INTO ap_posts (url, page, title, summary, content, tags, image, published_at, updated_at, created_at)
            VALUES (:url, :page, :title, :summary, :content, :tags, :image, :publishedAt, :updatedAt, :createdAt)
            ON CONFLICT (url) DO UPDATE SET page = excluded.page, title = excluded.title, summary = excluded.summary,
                content = excluded.content, tags = excluded.tags, image = excluded.image, updated_at = excluded.updated_at""")
    void save(@BindMethods PostRow post);

    @SqlQuery("SELECT * FROM ap_posts ORDER BY published_at DESC, url LIMIT :limit OFFSET :offset")
    List<PostRow> newest(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT COUNT(*) FROM ap_posts")
    long count();
}
