package dev.modelsync.model;

import dev.modelsync.problem.Pos;

import dev.modelsync.model.AssociationDef.ForeignKeySpec;
import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.model.AssociationDef.Through;
import dev.modelsync.schema.ForeignKey.Action;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AssociationTest {

    private static List<AssociationDef> assocs(String... entries) {
        return Parse.model(yaml(entries)).associations();
    }

    private static List<String> problems(String... entries) {
        return Parse.problems(yaml(entries));
    }

    /** Each entry is one flow-map association on line 4, 5, ... starting at column 9. */
    private static String yaml(String... entries) {
        StringBuilder s = new StringBuilder("models:\n  A:\n    associations:\n");
        for (String e : entries) s.append("      - ").append(e).append('\n');
        return s.toString();
    }

    @Test
    void everyKindWithDefaults() {
        List<AssociationDef> list = assocs("belongsTo: User", "hasOne: Profile", "hasMany: Post",
                "{ belongsToMany: Tag, through: PostTag }");
        assertThat(list).extracting(AssociationDef::kind)
                .containsExactly(Kind.BELONGS_TO, Kind.HAS_ONE, Kind.HAS_MANY, Kind.BELONGS_TO_MANY);
        assertThat(list).extracting(AssociationDef::target).containsExactly("User", "Profile", "Post", "Tag");
        AssociationDef belongsTo = list.get(0);
        assertThat(belongsTo).isEqualTo(new AssociationDef(Kind.BELONGS_TO, "User", new Pos("models/test.yaml", 4, 9),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true));
    }

    @Test
    void belongsToOptions() {
        AssociationDef a = assocs("{ belongsTo: User, as: owner, foreignKey: { name: ownerId, allowNull: false }, "
                + "targetKey: uuid, onDelete: CASCADE, onUpdate: restrict, constraints: false }").get(0);
        assertThat(a.as()).contains("owner");
        assertThat(a.foreignKey()).contains(new ForeignKeySpec(Optional.of("ownerId"), Optional.of(false)));
        assertThat(a.targetKey()).contains("uuid");
        assertThat(a.onDelete()).contains(Action.CASCADE);
        assertThat(a.onUpdate()).contains(Action.RESTRICT);
        assertThat(a.constraints()).isFalse();
    }

    @Test
    void foreignKeyAsTextOrMap() {
        assertThat(assocs("{ hasMany: Post, foreignKey: authorId }").get(0).foreignKey())
                .contains(new ForeignKeySpec(Optional.of("authorId"), Optional.empty()));
        assertThat(assocs("{ hasMany: Post, foreignKey: { allowNull: false } }").get(0).foreignKey())
                .contains(new ForeignKeySpec(Optional.empty(), Optional.of(false)));
        assertThat(problems("{ hasMany: Post, foreignKey: { name: a, nullable: true } }")).containsExactly(
                "4:49 unknown foreignKey option 'nullable'; valid: name, allowNull, type, field, defaultValue");
    }

    @Test
    void hasOneAndHasManyTakeSourceKey() {
        assertThat(assocs("{ hasMany: Post, sourceKey: code }").get(0).sourceKey()).contains("code");
        assertThat(assocs("{ hasOne: Profile, sourceKey: code }").get(0).sourceKey()).contains("code");
    }

    @Test
    void belongsToManyOptions() {
        AssociationDef a = assocs("{ belongsToMany: Person, through: { model: LikedToot, unique: false, timestamps: false }, "
                + "as: likers, foreignKey: tootId, otherKey: personId, sourceKey: id, targetKey: id, "
                + "inverse: { as: likedToots } }").get(0);
        assertThat(a.through()).contains(new Through("LikedToot", Optional.of(false), Optional.of(false)));
        assertThat(a.otherKey()).contains("personId");
        assertThat(a.sourceKey()).contains("id");
        assertThat(a.targetKey()).contains("id");
        assertThat(a.inverseAs()).contains("likedToots");
        assertThat(assocs("{ belongsToMany: Book, through: book_articles }").get(0).through())
                .contains(new Through("book_articles", Optional.empty(), Optional.empty()));
    }

    @Test
    void optionsOfOtherKindsNameTheKindsThatAcceptThem() {
        assertThat(problems("{ hasMany: Post, through: PostTag }")).containsExactly(
                "4:26 option 'through' is not valid for hasMany; only for belongsToMany; valid for hasMany: as, "
                        + "foreignKey, sourceKey, onDelete, onUpdate, constraints, foreignKeyConstraint, keyType, hooks, scope");
        assertThat(problems("{ belongsTo: User, otherKey: x, sourceKey: y }")).containsExactly(
                "4:28 option 'otherKey' is not valid for belongsTo; only for belongsToMany; valid for belongsTo: as, "
                        + "foreignKey, targetKey, onDelete, onUpdate, constraints, foreignKeyConstraint, keyType, hooks",
                "4:41 option 'sourceKey' is not valid for belongsTo; only for hasOne, hasMany, belongsToMany; valid for "
                        + "belongsTo: as, foreignKey, targetKey, onDelete, onUpdate, constraints, foreignKeyConstraint, keyType, hooks");
        assertThat(problems("{ hasOne: Profile, targetKey: x }")).singleElement().asString()
                .startsWith("4:28 option 'targetKey' is not valid for hasOne; only for belongsTo, belongsToMany");
    }

    @Test
    void unknownOptionsSuggest() {
        assertThat(problems("{ hasMany: Post, foriegnKey: authorId }")).containsExactly(
                "4:26 unknown association option 'foriegnKey' (did you mean 'foreignKey'?); valid for hasMany: as, "
                        + "foreignKey, sourceKey, onDelete, onUpdate, constraints, foreignKeyConstraint, keyType, hooks, scope");
        assertThat(problems("{ hasMany: Post, alias: posts }")).singleElement().asString()
                .startsWith("4:26 unknown association option 'alias';");
    }

    @Test
    void kindIsRequiredAndUnique() {
        assertThat(problems("{ belongTo: User }")).containsExactly(
                "4:11 unknown association kind 'belongTo' (did you mean 'belongsTo'?); valid kinds: belongsTo, hasOne, "
                        + "hasMany, belongsToMany");
        assertThat(problems("{ as: owner }")).containsExactly(
                "4:9 an association needs exactly one of belongsTo, hasOne, hasMany, belongsToMany naming the target "
                        + "model, e.g. - belongsTo: User");
        assertThat(problems("{ belongsTo: User, hasMany: Post }")).containsExactly(
                "4:28 an association has exactly one kind, found both 'belongsTo' and 'hasMany'; write them as two "
                        + "list entries");
        assertThat(problems("User")).containsExactly("4:9 an association must be a mapping (key: value), found 'User'");
        assertThat(problems("{ belongsTo: }")).containsExactly(
                "4:21 belongsTo (the target model) must be a text, found nothing (null)");
    }

    @Test
    void belongsToManyNeedsThrough() {
        assertThat(problems("{ belongsToMany: Tag, as: tags }")).containsExactly(
                "4:11 belongsToMany needs 'through': the junction model or table name, e.g. through: UserProject");
        assertThat(problems("{ belongsToMany: Tag, through: { unique: false } }")).containsExactly(
                "4:40 through needs a model: { model: UserProject } (a model or table name)");
        assertThat(problems("{ belongsToMany: Tag, through: { model: T, uniq: false } }")).containsExactly(
                "4:52 unknown through option 'uniq' (did you mean 'unique'?); valid: model, unique, timestamps, paranoid, scope");
    }

    @Test
    void inverseNeedsAs() {
        assertThat(problems("{ belongsToMany: Tag, through: T, inverse: {} }")).containsExactly(
                "4:52 inverse needs the other side's name: inverse: { as: likers }");
        assertThat(problems("{ belongsToMany: Tag, through: T, inverse: likers }")).containsExactly(
                "4:52 inverse must be a mapping (key: value), found 'likers'");
    }

    @Test
    void associationsMustBeAList() {
        assertThat(Parse.problems("models:\n  A:\n    associations: { belongsTo: User }\n")).containsExactly(
                "3:19 associations must be a list (- item), found a mapping");
    }
}
