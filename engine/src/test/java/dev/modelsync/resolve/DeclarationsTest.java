package dev.modelsync.resolve;

import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declarations that share a default name: under sequelize6 each makes its own foreign key or junction
 * (as Sequelize 6 does, checked with the oracle in the realworld golden case) with an info line naming
 * the clashing accessor; an alias written twice, Sequelize 7, and one foreign key declared two ways
 * are refused.
 */
class DeclarationsTest {
    private static final String REALWORLD = """
            models:
              User:
                attributes: { username: STRING }
                associations:
                  - hasMany: Article
                  - belongsToMany: Article
                    through: Favorites
              Article:
                attributes: { title: STRING }
            """;

    @Test
    void theRealWorldShapeMakesTheKeyAndTheJunctionWithAnInfoLine() {
        Resolved r = Yaml.resolve(REALWORLD);
        Table articles = r.schema().table("Articles").orElseThrow();
        assertThat(articles.column("UserId")).isPresent();
        assertThat(articles.foreignKeys()).extracting(ForeignKey::columns).containsExactly(java.util.List.of("UserId"));
        Table favorites = r.schema().table("Favorites").orElseThrow();
        assertThat(favorites.columns()).extracting(c -> c.name()).contains("UserId", "ArticleId");
        assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n)
                .startsWith("models/test.yaml:6:9: info: User.belongsToMany(Article) and User.hasMany(Article) (at "
                        + "models/test.yaml:5:9) share the accessor name User.Articles (getArticles, setArticles")
                .contains("both are made"));
        // seeds reach the first declaration by the shared name
        assertThat(r.model("User").orElseThrow().associations()).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(Kind.HAS_MANY));
    }

    @Test
    void twoHasManyOfOneTargetMakeTwoColumns() {
        assertTwoKeys("User:\n    associations:\n      - hasMany: Article\n      - hasMany: Article\n"
                + "        foreignKey: authorId\n  Article: {}", "Articles", "authorId", "User.Articles (getArticles");
    }

    @Test
    void twoBelongsToOfOneTargetMakeTwoColumns() {
        assertTwoKeys("Msg:\n    associations:\n      - belongsTo: User\n      - belongsTo: User\n"
                + "        foreignKey: recipientId\n  User: {}", "Msgs", "recipientId", "Msg.User (getUser, setUser, createUser)");
    }

    private static void assertTwoKeys(String models, String table, String secondKey, String note) {
        Resolved r = Yaml.resolve("models:\n  " + models + "\n");
        assertThat(r.schema().table(table).orElseThrow().foreignKeys()).extracting(ForeignKey::columns)
                .containsExactly(java.util.List.of("UserId"), java.util.List.of(secondKey));
        assertThat(r.notes()).singleElement().asString().contains(note);
    }

    @Test
    void theSameDeclarationTwiceIsOneAssociationWithoutInfo() {
        Resolved r = Yaml.resolve("""
                models:
                  User:
                    associations:
                      - hasMany: Article
                      - hasMany: Article
                  Article: {}
                """);
        assertThat(r.notes()).isEmpty();
        assertThat(r.model("User").orElseThrow().associations()).hasSize(1);
    }

    @Test
    void sequelize7RefusesEvenTheSameDeclarationTwice() {
        assertThat(Yaml.problems("""
                conventions: sequelize7
                models:
                  User:
                    associations:
                      - hasMany: Article
                      - hasMany: Article
                  Article: {}
                """)).singleElement().asString().startsWith("6:9 association User.hasMany(Article) takes the name"
                + " Articles, which User.hasMany(Article) (at models/test.yaml:5:9) has; Sequelize 7 refuses");
    }

    @Test
    void anAliasEqualToAnEarlierDefaultNameIsRefusedAsSequelize6Does() {
        assertThat(Yaml.problems("""
                models:
                  User:
                    associations:
                      - hasMany: Article
                      - hasMany: Article
                        as: Articles
                        foreignKey: authorId
                  Article: {}
                """)).containsExactly("5:9 alias Articles is used twice on model User (first at models/test.yaml:4:9);"
                + " each association of a model needs its own as");
    }

    @Test
    void sequelize7RefusesTwoAssociationsOfOneName() {
        assertThat(Yaml.problems("conventions: sequelize7\n" + REALWORLD)).singleElement().asString()
                .startsWith("7:9 association User.belongsToMany(Article) takes the name Articles, which "
                        + "User.hasMany(Article) (at models/test.yaml:6:9) has; Sequelize 7 refuses");
    }

    @Test
    void oneForeignKeyDeclaredTwoWaysIsRefusedWithoutClaimsAboutSequelize() {
        assertThat(Yaml.problems("""
                models:
                  User:
                    associations:
                      - hasMany: Article
                        onDelete: CASCADE
                      - hasMany: Article
                        onDelete: RESTRICT
                  Article: {}
                """)).containsExactly("6:9 onDelete RESTRICT of User.hasMany(Article) disagrees with onDelete CASCADE of"
                + " User.hasMany(Article) (at models/test.yaml:4:9) on the same foreign key Article.UserId; write one value");
    }
}
