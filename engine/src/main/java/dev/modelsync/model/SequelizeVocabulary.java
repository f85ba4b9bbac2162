package dev.modelsync.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sequelize's vocabulary and what modelsync does with each word. The parser reads its refusals
 * from here; docs/models.md's vocabulary table is generated from here and from the parser's own
 * option tables.
 */
public final class SequelizeVocabulary {
    /** DataTypes Sequelize has that modelsync refuses, with the reason. */
    static final Map<String, String> REFUSED_TYPES = new LinkedHashMap<>();

    static {
        REFUSED_TYPES.put("TINYINT", "TINYINT exists on MariaDB and MySQL only; Sequelize 6 writes TINYINT on "
                + "PostgreSQL, where the sync fails; write SMALLINT");
        REFUSED_TYPES.put("MEDIUMINT", "MEDIUMINT exists on MariaDB and MySQL only; Sequelize 6 writes MEDIUMINT on "
                + "PostgreSQL, where the sync fails; write INTEGER");
        REFUSED_TYPES.put("GEOMETRY", "GEOMETRY needs the PostGIS extension, which modelsync neither installs nor "
                + "inspects; create such columns in a Liquibase changeset of your own");
        REFUSED_TYPES.put("GEOGRAPHY", "GEOGRAPHY needs the PostGIS extension, which modelsync neither installs nor "
                + "inspects; create such columns in a Liquibase changeset of your own");
    }

    private SequelizeVocabulary() {
    }

    /** The reason a Sequelize type is refused, or null. {@code name}: upper case. */
    static String refusedType(String name) {
        return REFUSED_TYPES.get(name);
    }
}
