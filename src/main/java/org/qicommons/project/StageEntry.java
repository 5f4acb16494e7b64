package org.qicommons.project;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** A stage a project entered, and from when. */
@Embeddable
public class StageEntry {
    @Enumerated(EnumType.STRING)
    private Stage stage;

    private LocalDate since;

    protected StageEntry() {}

    public StageEntry(Stage stage, LocalDate since) {
        this.stage = stage;
        this.since = since;
    }

    public Stage stage() {
        return stage;
    }

    public LocalDate since() {
        return since;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StageEntry entry && entry.stage == stage && Objects.equals(entry.since, since);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stage, since);
    }
}
