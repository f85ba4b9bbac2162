package dev.modelsync.resolve;
import dev.modelsync.db.Identifiers;


import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConstraintNamesTest {
    @Test
    void postgresStyleNames() {
        assertThat(ConstraintNames.primaryKey("Users")).isEqualTo("Users_pkey");
        assertThat(ConstraintNames.foreignKey("UserProjects", List.of("userId"))).isEqualTo("UserProjects_userId_fkey");
        assertThat(ConstraintNames.unique("Accounts", List.of("region", "number"))).isEqualTo("Accounts_region_number_key");
        assertThat(ConstraintNames.index("Users", List.of("firstName", "lastName"))).isEqualTo("users_first_name_last_name");
    }

    @Test
    void longNamesAreCutWithAStableHashSuffix() {
        String table = "a_really_long_table_name_that_goes_on_and_on";
        String name = ConstraintNames.foreignKey(table, List.of("another_rather_long_column_name"));
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(63);
        assertThat(name).startsWith("a_really_long_table_name_that_goes_on_and_on_another_r_").matches(".*_[0-9a-f]{8}");
        assertThat(ConstraintNames.foreignKey(table, List.of("another_rather_long_column_name"))).isEqualTo(name);
        assertThat(ConstraintNames.foreignKey(table, List.of("another_rather_long_column_name2"))).isNotEqualTo(name);
    }

    @Test
    void cutsOnCharacterBoundaries() {
        String name = Identifiers.limit("ä".repeat(40));
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(name).startsWith("ää").doesNotContain("\uFFFD");
    }

    @Test
    void shortNamesStayAsTheyAre() {
        String exactly63 = "x".repeat(63);
        assertThat(Identifiers.limit(exactly63)).isEqualTo(exactly63);
    }
}
