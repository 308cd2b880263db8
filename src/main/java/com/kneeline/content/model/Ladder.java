package com.kneeline.content.model;

/**
 * A progression ladder; its steps are the exercises naming it, ordered by level. Form-gated ladders must not be
 * climbed above {@code maxLevelWhileCaving} while the knee still caves in ("do not load movements with valgus").
 */
public record Ladder(
        String id,
        @MaxChars(60) String name,
        String description,
        boolean formGated,
        @Opt @Range(min = 1, max = 20) Integer maxLevelWhileCaving) {

    public Ladder {
        if (formGated && maxLevelWhileCaving == null) {
            throw new IllegalArgumentException("'max-level-while-caving' is required when 'form-gated' is true");
        }
        if (!formGated && maxLevelWhileCaving != null) {
            throw new IllegalArgumentException("'max-level-while-caving' is only allowed when 'form-gated' is true");
        }
    }
}
