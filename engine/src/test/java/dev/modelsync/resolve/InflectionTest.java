package dev.modelsync.resolve;

import dev.modelsync.schema.Index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected values are what Sequelize's own inflection (npm inflection 1.13) answers. */
class InflectionTest {
    @ParameterizedTest
    @CsvSource({"Person,People", "Category,Categories", "Status,Statuses", "UserRole,UserRoles", "Class,Classes",
            "Child,Children", "Box,Boxes", "Mouse,Mice", "Equipment,Equipment", "Datum,Data", "Data,Data",
            "Company,Companies", "Bus,Buses", "Analysis,Analyses", "Leaf,Leafs", "Wife,Wives", "Hero,Heros",
            "Index,Indices", "Matrix,Matrices", "Man,Men", "Woman,Women", "Sheep,Sheep", "Fish,Fishes", "News,News",
            "Octopus,Octopuses", "Alias,Aliases", "Virus,Viruses", "Church,Churches", "Day,Days", "Knife,Knives",
            "Movie,Movies", "Users,Users", "People,People", "Medium,Media", "Tooth,teeth", "Ox,Oxen", "Cactus,Cactus",
            "Potato,Potatoes", "Echo,Echos", "Address,Addresses", "user_role,user_roles", "Enrollment,Enrollments"})
    void pluralizesLikeSequelize(String singular, String plural) {
        assertThat(Inflection.pluralize(singular)).isEqualTo(plural);
    }

    @ParameterizedTest
    @CsvSource({"friends,friend", "People,Person", "Class,Class", "Status,Status", "Categories,Category",
            "likers,liker", "User,User", "members,member", "Children,Child", "Boxes,Box"})
    void singularizesLikeSequelize(String plural, String singular) {
        assertThat(Inflection.singularize(plural)).isEqualTo(singular);
    }

    @ParameterizedTest
    @CsvSource({"userRole,user_role", "UserId,user_id", "createdAt,created_at", "Users_firstName,users_first_name",
            "already_snake,already_snake", "address2Line,address2_line"})
    void underscoresLikeSequelize(String in, String out) {
        assertThat(Inflection.underscore(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"Project_id,ProjectId,projectId", "assignee_id,assigneeId,assigneeId", "User_email,UserEmail,userEmail"})
    void camelizesPerVersion(String in, String v6, String v7) {
        assertThat(Inflection.camelize6(in)).isEqualTo(v6);
        assertThat(Inflection.camelize7(in)).isEqualTo(v7);
    }
}
