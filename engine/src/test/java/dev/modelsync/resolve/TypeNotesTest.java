package dev.modelsync.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Modifiers a type loses show as info lines, as Sequelize 6 warns on PostgreSQL (golden datatype_aliases). */
class TypeNotesTest {
    @Test
    void droppedModifiersAreNamed() {
        Resolved r = Yaml.resolve("""
                models:
                  A:
                    attributes:
                      a: INTEGER(11).UNSIGNED.ZEROFILL
                      b: TEXT('long')
                      c: FLOAT(8,2)
                      d: STRING(40)
                      e: BIGINT.UNSIGNED
                      f: INTEGER
                """);
        assertThat(r.notes()).containsExactly(
                "models/test.yaml:4:7: info: A.a INTEGER(11).UNSIGNED.ZEROFILL: PostgreSQL and H2 drop the display"
                        + " width 11, UNSIGNED and ZEROFILL, as Sequelize does on PostgreSQL (with a warning); the column is"
                        + " INTEGER there, int(11) unsigned zerofill on MariaDB/MySQL",
                "models/test.yaml:5:7: info: A.b TEXT('long'): PostgreSQL and H2 drop the size long, as Sequelize does"
                        + " on PostgreSQL (with a warning); the column is TEXT there, longtext on MariaDB/MySQL",
                "models/test.yaml:6:7: info: A.c FLOAT(8,2): modelsync drops the precision and scale (8,2) on every"
                        + " database, as Sequelize does on PostgreSQL (with a warning); the column is DOUBLE (Sequelize's"
                        + " mariadb dialect would keep them)",
                "models/test.yaml:8:7: info: A.e BIGINT.UNSIGNED: PostgreSQL and H2 drop UNSIGNED, as Sequelize does"
                        + " on PostgreSQL (with a warning); the column is BIGINT there, bigint unsigned on MariaDB/MySQL");
    }
}
