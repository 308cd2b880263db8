/**
 * The outcomes rules core: plain Java over the content pack's outcomes file, no clock, Spring, Vaadin or JPA.
 * <ul>
 *   <li>{@link com.kneeline.outcomes.engine.PromScorer}: a questionnaire's 0-100 score exactly as published
 *       (sum of points, or KOOS 100 - mean x 25 with up to {@code max-missing} items left out).</li>
 *   <li>{@link com.kneeline.outcomes.engine.MeaningfulChange}: a change counts only at or above the MCID, the same
 *       rule as the other measures (a change exactly at it is real).</li>
 *   <li>{@link com.kneeline.outcomes.engine.Symmetry}: limb symmetry index, involved / uninvolved x 100 (for a
 *       timed test the times are inverted), and the side-to-side reach difference.</li>
 *   <li>{@link com.kneeline.outcomes.engine.OutcomeGatesEngine}: whether hop tests may be offered, whether the
 *       speed phase may begin, and whether return to sport is met; each verdict carries codes, the UI the words.</li>
 * </ul>
 */
package com.kneeline.outcomes.engine;
