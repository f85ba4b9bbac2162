package dev.modelsync.model;

import dev.modelsync.problem.Pos;

import dev.modelsync.model.AssociationDef.Kind;
import dev.modelsync.schema.DefaultValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SpecExampleTest {
    static final String SPEC_EXAMPLE = """
            conventions: sequelize6        # naming rules: sequelize6 (default) | sequelize7
            define:                        # defaults for every model, as Sequelize's `define` option
              underscored: false
              timestamps: true

            models:
              User:
                attributes:
                  name: { type: STRING, allowNull: false }
                  email:
                    type: STRING
                    allowNull: false
                    unique: true
                    validate: { isEmail: true }
                associations:
                  - belongsToMany: Project
                    through: UserProject
                    foreignKey: userId
                    as: projects
              Project:
                attributes:
                  title: { type: STRING, allowNull: false }
                  description: TEXT                      # shorthand: just the type
                associations:
                  - belongsToMany: User
                    through: UserProject
                    foreignKey: projectId
                    as: users
              UserProject:                               # a through model with extra attributes
                attributes:
                  role:
                    type: STRING
                    allowNull: false
                    validate: { isIn: [[admin, developer, viewer]] }
                  startDate: { type: DATE, defaultValue: NOW }
            """;

    @Test
    void parsesTheSpecExample() {
        ModelSet set = Parse.yaml(SPEC_EXAMPLE);
        assertThat(set.conventions()).isEqualTo(Conventions.SEQUELIZE6);
        assertThat(set.define().underscored()).contains(false);
        assertThat(set.define().timestamps()).contains(true);
        assertThat(set.define().paranoid()).isEmpty();
        assertThat(set.models()).extracting(ModelDef::name).containsExactly("User", "Project", "UserProject");

        ModelDef user = set.model("User").orElseThrow();
        assertThat(user.pos()).isEqualTo(new Pos("models/test.yaml", 7, 3));
        AttributeDef email = user.attribute("email").orElseThrow();
        assertThat(email.type()).isEqualTo(TypeSpec.of(TypeSpec.Logical.STRING));
        assertThat(email.allowNull()).isFalse();
        assertThat(email.unique()).contains("");
        assertThat(email.validate()).isEqualTo(Map.of("isEmail", true));
        assertThat(email.pos()).isEqualTo(new Pos("models/test.yaml", 10, 7));
        AssociationDef projects = user.associations().get(0);
        assertThat(projects.kind()).isEqualTo(Kind.BELONGS_TO_MANY);
        assertThat(projects.target()).isEqualTo("Project");
        assertThat(projects.through()).contains(new AssociationDef.Through("UserProject", Optional.empty(), Optional.empty()));
        assertThat(projects.foreignKey().flatMap(AssociationDef.ForeignKeySpec::name)).contains("userId");
        assertThat(projects.as()).contains("projects");
        assertThat(projects.constraints()).isTrue();
        assertThat(projects.pos()).isEqualTo(new Pos("models/test.yaml", 16, 9));

        ModelDef project = set.model("Project").orElseThrow();
        AttributeDef description = project.attribute("description").orElseThrow();
        assertThat(description.type().kind()).isEqualTo(TypeSpec.Logical.TEXT);
        assertThat(description.allowNull()).isTrue();

        ModelDef through = set.model("UserProject").orElseThrow();
        assertThat(through.attribute("role").orElseThrow().validate())
                .isEqualTo(Map.of("isIn", List.of(List.of("admin", "developer", "viewer"))));
        assertThat(through.attribute("startDate").orElseThrow().defaultValue()).contains(DefaultValue.NOW);
    }
}
