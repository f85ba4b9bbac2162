package dev.modelsync;

import dev.modelsync.verify.Finding;

import java.util.List;

/** Every finding of {@code verify}; {@link #ok()} when there are none. */
public record VerifyResult(List<Finding> findings) {
    public VerifyResult {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return findings.isEmpty();
    }
}
