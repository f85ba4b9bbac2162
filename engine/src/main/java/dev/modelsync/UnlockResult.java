package dev.modelsync;

import java.util.Optional;

/**
 * What {@link ModelSync#unlock()} did: {@code cleared} when Liquibase's lock row was set and is now
 * free; {@code row} describes the row as it was (who locked it, since when), empty when it was free.
 */
public record UnlockResult(boolean cleared, Optional<String> row) {
}
