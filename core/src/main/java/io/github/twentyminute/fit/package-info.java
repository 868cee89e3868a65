/**
 * Fitting an agenda to its budget and its plan's time boxes: {@link
 * io.github.twentyminute.fit.AgendaFitter} changes the lowest-priority items, and explains each
 * change, or why no fit exists, with findings.
 *
 * <h2>Finding ids</h2>
 *
 * <p>The ids of the findings {@link AgendaFitter} reports, with their arguments. Durations are
 * {@code Duration}s, counts {@code long}s, ids and names texts. Templates are in the {@code fit}
 * message bundle, in English and German.
 *
 * <table>
 *   <caption>Fit finding ids and their arguments</caption>
 *   <tr><th>id</th><th>what</th><th>arguments</th></tr>
 *   <tr><td>{@code fit.dropped}, {@code fit.shortened}, {@code fit.lengthened}</td><td>a change to an
 *       item ({@link FitChange#finding()}), at {@code items[i].planned}; a lengthening shared
 *       equally among items that had no time uses the key {@code fit.lengthened.equally}</td>
 *       <td>{@code itemId}, {@code phase}, {@code priority}, {@code from}, {@code to},
 *       {@code amount}</td></tr>
 *   <tr><td>{@code fit.step.phase-maximum}, {@code fit.step.phase-minimum}</td><td>a step: a phase
 *       planned over its maximum or under its minimum, at {@code plan.phases[i]}</td>
 *       <td>{@code phase}, {@code planned}, {@code maximum} or {@code minimum}</td></tr>
 *   <tr><td>{@code fit.step.group-limit}</td><td>a step: a group of phases over its limit, at
 *       {@code plan.groupLimits[i]}</td><td>{@code group}, {@code planned}, {@code limit}</td>
 *       </tr>
 *   <tr><td>{@code fit.step.over-budget}, {@code fit.step.under-budget}</td><td>a step: the agenda
 *       over or under its budget, at {@code plan.budget} (the root for a budget of the
 *       options)</td><td>{@code planned}, {@code budget}</td></tr>
 *   <tr><td>{@code fit.fits-as-is}</td><td>the summary of an agenda that already fitted</td>
 *       <td>{@code planned}, {@code budget}</td></tr>
 *   <tr><td>{@code fit.fitted}</td><td>the summary of an agenda changed to fit</td>
 *       <td>{@code from}, {@code to}, {@code budget}, {@code changed}, {@code dropped},
 *       {@code shortened}, {@code lengthened}</td></tr>
 *   <tr><td>{@code fit.no-fit}</td><td>the summary when no fit exists</td><td>{@code planned},
 *       {@code budget}, {@code least}, {@code obstacles}</td></tr>
 *   <tr><td>{@code fit.blocked.protected-phase}</td><td>an obstacle: a phase that keeps its time
 *       lies outside its time box; key {@code fit.blocked.protected-phase.maximum} when above
 *       it</td><td>{@code phase}, {@code planned}, {@code minimum} or {@code maximum}</td></tr>
 *   <tr><td>{@code fit.blocked.must-keep}</td><td>an obstacle: must-keep items hold a phase over
 *       its maximum</td><td>{@code phase}, {@code planned}, {@code maximum},
 *       {@code mustKeep}</td></tr>
 *   <tr><td>{@code fit.blocked.no-items}</td><td>an obstacle: a phase without items cannot reach
 *       its minimum</td><td>{@code phase}, {@code minimum}</td></tr>
 *   <tr><td>{@code fit.blocked.phase-minimum}</td><td>an obstacle: a phase stays under its
 *       minimum</td><td>{@code phase}, {@code planned}, {@code minimum}</td></tr>
 *   <tr><td>{@code fit.blocked.group-limit}</td><td>an obstacle: a group stays over its limit</td>
 *       <td>{@code group}, {@code planned}, {@code limit}</td></tr>
 *   <tr><td>{@code fit.blocked.budget}</td><td>an obstacle: the agenda stays over its budget</td>
 *       <td>{@code planned}, {@code budget}, {@code over}</td></tr>
 *   <tr><td>{@code fit.minimum}</td><td>a phase's minimum ({@link PhaseMinimum#finding()}); keys
 *       {@code fit.minimum.must-keep} and {@code fit.minimum.keeps-its-time} for those
 *       causes</td><td>{@code phase}, {@code least}</td></tr>
 * </table>
 *
 * <p>Obstacles have the severity {@link io.github.twentyminute.findings.Severity#ERROR}; the other findings have none.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.fit;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
