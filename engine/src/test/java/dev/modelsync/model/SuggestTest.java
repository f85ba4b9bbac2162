package dev.modelsync.model;

import dev.modelsync.problem.Suggest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestTest {
    @Test
    void distanceCountsAdjacentSwapsAsOne() {
        assertThat(Suggest.distance("foreignKey", "foriegnKey")).isEqualTo(1);
        assertThat(Suggest.distance("allowNull", "allowNul")).isEqualTo(1);
        assertThat(Suggest.distance("abc", "abc")).isZero();
        assertThat(Suggest.distance("", "abc")).isEqualTo(3);
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void suggestsTheClosestWithinTheLimitIgnoringCase() {
        List<String> words = List.of("belongsTo", "hasOne", "hasMany", "belongsToMany");
        assertThat(Suggest.closest("belongTo", words)).contains("belongsTo");
        assertThat(Suggest.closest("HASMANY", words)).contains("hasMany");
        assertThat(Suggest.closest("hasmany2", words)).contains("hasMany");
        assertThat(Suggest.closest("owns", words)).isEmpty();
        assertThat(Suggest.closest("xs", List.of("as"))).contains("as");
        assertThat(Suggest.closest("xy", List.of("as"))).isEmpty();
        assertThat(Suggest.didYouMean("typ", List.of("type"))).isEqualTo(" (did you mean 'type'?)");
        assertThat(Suggest.didYouMean("zzz", List.of("type"))).isEmpty();
    }
}
