package dev.modelsync.examples.blog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reads posts and their tags with plain SQL. Posts and tags are many-to-many: each link is a row of
 * the junction table {@code PostTags} ({@code postId}, {@code tagId}), which modelsync made from the
 * two {@code belongsToMany ... through: PostTags} declarations in src/main/models/blog.yaml.
 * The names are quoted because modelsync keeps Sequelize's mixed-case names on every database.
 */
@Repository
public class PostRepository {

    /** A post as listed: its slug, title, author (null when none) and publication time (null for a draft). */
    public record PostSummary(String slug, String title, String author, OffsetDateTime publishedAt) {
    }

    private final JdbcClient jdbc;

    public PostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The posts that carry the tag, newest first (drafts last). */
    public List<PostSummary> findByTag(String tag) {
        return jdbc.sql("""
                SELECT p."slug", p."title", a."name", p."publishedAt"
                FROM "Posts" p
                JOIN "PostTags" pt ON pt."postId" = p."id"
                JOIN "Tags" t ON t."id" = pt."tagId"
                LEFT JOIN "Authors" a ON a."id" = p."authorId"
                WHERE t."name" = :tag
                ORDER BY p."publishedAt" DESC NULLS LAST, p."slug"
                """)
                .param("tag", tag)
                .query((rs, row) -> new PostSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    /** The names of the post's tags, in alphabetical order; empty for an unknown post. */
    public List<String> tagsOf(String slug) {
        return jdbc.sql("""
                SELECT t."name"
                FROM "Tags" t
                JOIN "PostTags" pt ON pt."tagId" = t."id"
                JOIN "Posts" p ON p."id" = pt."postId"
                WHERE p."slug" = :slug
                ORDER BY t."name"
                """)
                .param("slug", slug)
                .query(String.class)
                .list();
    }

    /** Every tag with the number of posts that carry it, most used first. */
    public List<TagCount> tagCounts() {
        return jdbc.sql("""
                SELECT t."name", COUNT(pt."postId")
                FROM "Tags" t
                LEFT JOIN "PostTags" pt ON pt."tagId" = t."id"
                GROUP BY t."name"
                ORDER BY COUNT(pt."postId") DESC, t."name"
                """)
                .query((rs, row) -> new TagCount(rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** A tag and how many posts carry it. */
    public record TagCount(String tag, long posts) {
    }
}
