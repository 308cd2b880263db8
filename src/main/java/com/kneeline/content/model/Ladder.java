package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A progression ladder; its steps are the exercises naming it, ordered by level. Form-gated ladders must not be
 * climbed above {@code maxLevelWhileCaving} while the knee still caves in ("do not load movements with valgus").
 */
public record Ladder(
        @NotNull String id,
        @NotNull @Size(max = 60) String name,
        @NotNull String description,
        boolean formGated,
        @Min(1) @Max(20) Integer maxLevelWhileCaving) {

    public Ladder {
        if (formGated && maxLevelWhileCaving == null) {
            throw new IllegalArgumentException("'max-level-while-caving' is required when 'form-gated' is true");
        }
        if (!formGated && maxLevelWhileCaving != null) {
            throw new IllegalArgumentException("'max-level-while-caving' is only allowed when 'form-gated' is true");
        }
    }
}
