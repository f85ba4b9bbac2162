package dev.modelsync.diagram;

import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.model.Conventions;
import dev.modelsync.problem.Pos;
import dev.modelsync.resolve.AssociationInfo;
import dev.modelsync.schema.Column;
import dev.modelsync.schema.ColumnType;
import dev.modelsync.schema.ForeignKey;
import dev.modelsync.schema.ForeignKey.Action;
import dev.modelsync.resolve.ModelInfo;
import dev.modelsync.schema.PrimaryKey;
import dev.modelsync.resolve.Resolved;
import dev.modelsync.schema.Schema;
import dev.modelsync.schema.Table;
import dev.modelsync.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static dev.modelsync.schema.ColumnType.Kind.INTEGER;
import static dev.modelsync.schema.ColumnType.Kind.TIMESTAMPTZ;
import static org.assertj.core.api.Assertions.assertThat;

class MermaidDiagramTest {

    // ---- small builders for Resolved records -------------------------------------------------

    private static Column col(String name, ColumnType type, boolean nullable) {
        return Column.of(name, type, nullable);
    }

    private static Column id() {
        return new Column("id", ColumnType.of(INTEGER), false, Optional.empty(), true, "", List.of());
    }

    private static ForeignKey fk(String table, String column, String refTable) {
        return new ForeignKey(table + "_" + column + "_fkey", List.of(column), refTable, List.of("id"),
                Action.CASCADE, Action.CASCADE);
    }

    private static Table table(String name, List<Column> columns, List<String> pk, List<ForeignKey> fks,
                               List<UniqueConstraint> uniques) {
        return new Table(name, columns, Optional.of(new PrimaryKey(name + "_pkey", pk)), fks, uniques, List.of(), "",
                List.of());
    }

    private static ModelInfo model(String name, String table, AssociationInfo... associations) {
        return new ModelInfo(name, table, Pos.NONE, List.of(), List.of(associations), List.of("id"), "", "", "");
    }

    private static AssociationInfo belongsTo(String target, String as, String fk) {
        return new AssociationInfo(Kind.BELONGS_TO, as, target, fk, "", "", "id", "", "");
    }

    private static AssociationInfo hasMany(String target, String as, String fk) {
        return new AssociationInfo(Kind.HAS_MANY, as, target, fk, "", "id", "", "", "");
    }

    private static AssociationInfo hasOne(String target, String as, String fk) {
        return new AssociationInfo(Kind.HAS_ONE, as, target, fk, "", "id", "", "", "");
    }

    private static AssociationInfo belongsToMany(String target, String as, String fk, String otherKey,
                                                 String throughTable, String throughModel) {
        return new AssociationInfo(Kind.BELONGS_TO_MANY, as, target, fk, otherKey, "id", "id", throughTable,
                throughModel);
    }

    private static final ColumnType STRING = ColumnType.varchar(255);
    private static final ColumnType TS = ColumnType.of(TIMESTAMPTZ);

    /** User/Project through UserProject (role, startDate), Task belongsTo User, User hasMany Task, Profile hasOne. */
    private static Resolved tutorial() {
        Table users = table("Users", List.of(id(), col("name", STRING, false), col("email", STRING, false),
                col("createdAt", TS, false)), List.of("id"), List.of(),
                List.of(new UniqueConstraint("Users_email_key", List.of("email"))));
        Table projects = table("Projects", List.of(id(), col("title", STRING, false)), List.of("id"), List.of(),
                List.of());
        Table userProjects = table("UserProjects", List.of(col("role", STRING, false), col("startDate", TS, true),
                        col("userId", ColumnType.of(INTEGER), false), col("projectId", ColumnType.of(INTEGER), false)),
                List.of("userId", "projectId"),
                List.of(fk("UserProjects", "userId", "Users"), fk("UserProjects", "projectId", "Projects")), List.of());
        Table tasks = table("Tasks", List.of(id(), col("title", STRING, true), col("UserId", ColumnType.of(INTEGER), true)),
                List.of("id"), List.of(fk("Tasks", "UserId", "Users")), List.of());
        Table profiles = table("Profiles", List.of(id(), col("UserId", ColumnType.of(INTEGER), true)), List.of("id"),
                List.of(fk("Profiles", "UserId", "Users")), List.of());
        List<ModelInfo> models = List.of(
                model("User", "Users",
                        belongsToMany("Project", "projects", "userId", "projectId", "UserProjects", "UserProject"),
                        hasMany("Task", "Tasks", "UserId"),
                        hasOne("Profile", "Profile", "UserId")),
                model("Project", "Projects",
                        belongsToMany("User", "users", "projectId", "userId", "UserProjects", "UserProject")),
                model("UserProject", "UserProjects"),
                model("Task", "Tasks", belongsTo("User", "User", "UserId")),
                model("Profile", "Profiles", belongsTo("User", "User", "UserId")));
        return new Resolved(Conventions.SEQUELIZE6, new Schema(List.of(users, projects, userProjects, tasks, profiles),
                List.of()), models);
    }

    // ---- tests -------------------------------------------------------------------------------------

    @Test
    void rendersTablesColumnsKeysAndRelations() {
        assertThat(MermaidDiagram.render(tutorial())).isEqualTo("""
                erDiagram
                    Profiles {
                        INTEGER id PK
                        INTEGER UserId FK
                    }
                    Projects {
                        INTEGER id PK
                        VARCHAR(255) title "not null"
                    }
                    Tasks {
                        INTEGER id PK
                        VARCHAR(255) title
                        INTEGER UserId FK
                    }
                    UserProjects {
                        VARCHAR(255) role "not null"
                        TIMESTAMPTZ startDate
                        INTEGER userId PK, FK
                        INTEGER projectId PK, FK
                    }
                    Users {
                        INTEGER id PK
                        VARCHAR(255) name "not null"
                        VARCHAR(255) email UK "not null"
                        TIMESTAMPTZ createdAt "not null"
                    }
                    Profiles |o--|| Users : "UserId"
                    Tasks }o--|| Users : "UserId"
                    UserProjects }o--|| Projects : "projectId"
                    UserProjects }o--|| Users : "userId"
                """);
    }

    @Test
    void belongsToAndHasManyOfOneForeignKeyDrawOneRelation() {
        String text = MermaidDiagram.render(tutorial());
        assertThat(text.lines().filter(l -> l.contains("Tasks }o--|| Users"))).hasSize(1);
    }

    @Test
    void hasOneMakesTheRelationOneToOneWhicheverSideIsListedFirst() {
        Resolved r = tutorial();
        List<ModelInfo> reversed = new ArrayList<>(r.models());
        Collections.reverse(reversed);
        String text = MermaidDiagram.render(new Resolved(r.conventions(), r.schema(), reversed));
        assertThat(text).contains("Profiles |o--|| Users : \"UserId\"").doesNotContain("Profiles }o--|| Users");
    }

    @Test
    void orderOfModelsDoesNotChangeTheText() {
        Resolved r = tutorial();
        List<ModelInfo> shuffled = new ArrayList<>(r.models());
        Collections.rotate(shuffled, 2);
        assertThat(MermaidDiagram.render(new Resolved(r.conventions(), r.schema(), shuffled)))
                .isEqualTo(MermaidDiagram.render(r));
    }

    @Test
    void selfReferencingManyToManyShowsTheJunctionWithTwoRelationsToTheSameTable() {
        Table users = table("Users", List.of(id()), List.of("id"), List.of(), List.of());
        Table friendships = table("Friendships", List.of(col("userId", ColumnType.of(INTEGER), false),
                        col("friendId", ColumnType.of(INTEGER), false)), List.of("userId", "friendId"),
                List.of(fk("Friendships", "userId", "Users"), fk("Friendships", "friendId", "Users")), List.of());
        Resolved r = new Resolved(Conventions.SEQUELIZE6, new Schema(List.of(users, friendships), List.of()),
                List.of(model("User", "Users",
                        belongsToMany("User", "friends", "userId", "friendId", "Friendships", ""))));
        String text = MermaidDiagram.render(r);
        assertThat(text).contains("""
                    Friendships }o--|| Users : "friendId"
                    Friendships }o--|| Users : "userId"
                """);
        assertThat(text).contains("INTEGER userId PK, FK", "INTEGER friendId PK, FK");
    }

    @Test
    void foreignKeyWithoutAssociationIsDrawnManyToOne() {
        Table users = table("Users", List.of(id()), List.of("id"), List.of(), List.of());
        Table posts = table("Posts", List.of(id(), col("authorId", ColumnType.of(INTEGER), true)), List.of("id"),
                List.of(fk("Posts", "authorId", "Users")), List.of());
        Resolved r = new Resolved(Conventions.SEQUELIZE6, new Schema(List.of(users, posts), List.of()),
                List.of(model("User", "Users"), model("Post", "Posts")));
        assertThat(MermaidDiagram.render(r)).endsWith("    Posts }o--|| Users : \"authorId\"\n");
    }

    @Test
    void associationWithoutConstraintStillMarksTheColumnAndDrawsTheRelation() {
        Table users = table("Users", List.of(id()), List.of("id"), List.of(), List.of());
        Table notes = table("Notes", List.of(id(), col("UserId", ColumnType.of(INTEGER), true)), List.of("id"),
                List.of(), List.of());
        Resolved r = new Resolved(Conventions.SEQUELIZE6, new Schema(List.of(users, notes), List.of()),
                List.of(model("User", "Users"), model("Note", "Notes", belongsTo("User", "User", "UserId"))));
        assertThat(MermaidDiagram.render(r)).contains("INTEGER UserId FK\n", "Notes }o--|| Users : \"UserId\"");
    }

    @Test
    void typesAreSingleWordsWithDetailsInTheComment() {
        Table items = new Table("order items", List.of(
                col("price", ColumnType.decimal(10, 2), false),
                col("status", ColumnType.enumOf("enum_order_items_status"), true),
                col("code", ColumnType.chars(3), true),
                col("unit price", ColumnType.of(ColumnType.Kind.DOUBLE), true)),
                Optional.empty(), List.of(), List.of(), List.of(), "", List.of());
        String text = MermaidDiagram.render(new Resolved(Conventions.SEQUELIZE6,
                new Schema(List.of(items), List.of()), List.of()));
        assertThat(text).isEqualTo("""
                erDiagram
                    "order items" {
                        DECIMAL price "10,2, not null"
                        ENUM status "enum_order_items_status"
                        CHAR(3) code
                        DOUBLE unit_price
                    }
                """);
    }

    @Test
    void emptyModelIsAnEmptyDiagram() {
        assertThat(MermaidDiagram.render(new Resolved(Conventions.SEQUELIZE6, Schema.EMPTY, List.of())))
                .isEqualTo("erDiagram\n");
    }
}
