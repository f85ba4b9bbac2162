package dev.modelsync.lint;


import java.util.List;

/**
 * What the lint found: every changeset it checked ({@code file::id}), the hazards (those of ignored
 * codes left out), and the changes it could not turn into PostgreSQL SQL without a database
 * (not checked, with the reason).
 */
public record LintResult(List<String> changeSetsChecked, List<Hazard> hazards, List<String> notChecked) {
    public LintResult {
        changeSetsChecked = List.copyOf(changeSetsChecked);
        hazards = List.copyOf(hazards);
        notChecked = List.copyOf(notChecked);
    }

    public boolean ok() {
        return hazards.isEmpty();
    }
}
