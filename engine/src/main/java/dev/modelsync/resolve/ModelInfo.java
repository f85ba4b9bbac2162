package dev.modelsync.resolve;

import dev.modelsync.problem.Pos;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resolved model. {@code attributes} include the implicit id, the timestamps and the
 * foreign key attributes added by associations. {@code seedKey} lists attribute names
 * (the model's seedKey, else its primary key, else its first unique attribute).
 * {@code createdAt}/{@code updatedAt}/{@code deletedAt} are column names, empty when off.
 */
public record ModelInfo(String name, String table, Pos pos, List<AttributeInfo> attributes,
                        List<AssociationInfo> associations, List<String> seedKey,
                        String createdAt, String updatedAt, String deletedAt) {

    /**
     * An attribute and its column; {@code validate} as written in the model. A VIRTUAL attribute has column "".
     * {@code uniqueMsg}: the {@code msg} of {@code unique: { args, msg }} or {@code { name, msg }}.
     */
    public record AttributeInfo(String name, String column, Map<String, Object> validate, boolean primaryKey,
                                boolean implicit, Optional<String> uniqueMsg) {
        public AttributeInfo {
            validate = Map.copyOf(validate);
        }

        public AttributeInfo(String name, String column, Map<String, Object> validate, boolean primaryKey,
                             boolean implicit) {
            this(name, column, validate, primaryKey, implicit, Optional.empty());
        }
    }

    public ModelInfo {
        attributes = List.copyOf(attributes);
        associations = List.copyOf(associations);
        seedKey = List.copyOf(seedKey);
    }

    public Optional<AttributeInfo> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public Optional<AssociationInfo> association(String name) {
        return associations.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
