package dev.modelsync.resolve;

import dev.modelsync.schema.ForeignKey;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code foreignKey: { name, field }} and {@code otherKey: { name, field }}: the attribute is the name, the
 * column the field (golden case foreign_key_field, checked with the oracle).
 */
class ForeignKeyFieldTest {
    @Test
    void theFieldNamesTheColumnOfTheKeyAttribute() {
        Resolved r = Yaml.resolve("""
                models:
                  User:
                    underscored: true
                    associations:
                      - hasMany: Post
                        foreignKey: { name: authorId, field: writtenBy }
                  Post:
                    associations:
                      - belongsToMany: Tag
                        through: PostTags
                        foreignKey: { name: postId, field: post_ref }
                        otherKey: { name: tagId, field: tag_ref }
                  Tag: {}
                """);
        assertThat(r.schema().table("Posts").orElseThrow().foreignKeys()).extracting(ForeignKey::columns)
                .containsExactly(List.of("writtenBy"));
        assertThat(r.model("Post").orElseThrow().attribute("authorId").orElseThrow().column()).isEqualTo("writtenBy");
        assertThat(r.schema().table("PostTags").orElseThrow().foreignKeys()).extracting(ForeignKey::columns)
                .containsExactly(List.of("post_ref"), List.of("tag_ref"));
    }

    @Test
    void theOtherSideOfAJunctionMayGiveTheField() {
        Resolved r = Yaml.resolve("""
                models:
                  Post:
                    associations:
                      - belongsToMany: Tag
                        through: PostTags
                  Tag:
                    associations:
                      - belongsToMany: Post
                        through: PostTags
                        foreignKey: { name: tagId, field: tag_ref }
                        otherKey: { name: postId, field: post_ref }
                """);
        assertThat(r.schema().table("PostTags").orElseThrow().columns()).extracting(c -> c.name())
                .contains("post_ref", "tag_ref");
    }

    @Test
    void otherKeyObjectsTakeNameAndFieldOnly() {
        assertThatThrownBy(() -> Yaml.parse("""
                models:
                  Post:
                    associations:
                      - belongsToMany: Tag
                        through: PostTags
                        otherKey: { name: tagId, type: BIGINT }
                  Tag: {}
                """)).hasMessageContaining("6:34: unknown otherKey option 'type'; valid: name, field");
    }

    @Test
    void foreignKeyDefaultValueIsTheColumnDefault() {
        Resolved r = Yaml.resolve("""
                models:
                  Post:
                    associations:
                      - belongsTo: User
                        foreignKey: { name: reviewerId, defaultValue: 1 }
                  User: {}
                """);
        assertThat(r.schema().table("Posts").orElseThrow().column("reviewerId").orElseThrow().defaultValue())
                .contains(dev.modelsync.schema.DefaultValue.literal("1"));
        assertThat(Yaml.problems("""
                models:
                  Post:
                    associations:
                      - belongsToMany: Tag
                        through: PostTags
                        foreignKey: { name: postId, defaultValue: 1 }
                  Tag: {}
                """)).singleElement().asString().startsWith("4:9 foreignKey.defaultValue on Post.belongsToMany(Tag) is not"
                + " supported");
    }
}
