/**
 * A live meeting as an event-sourced record: pacing at any instant (which phase, time left, ahead or behind and why, nudges) and the planned-versus-actual timeline after the end.
 *
 * <h2>Finding ids</h2>
 *
 * <p>The ids of the findings of a live meeting besides its {@link Nudge}s: why it is ahead or
 * behind ({@link Pacing#reason()}, {@link Pacing#driftReasons()}), why the re-plan changed a
 * phase ({@link PhasePace#change()}), and the lines of an ended meeting's
 * {@linkplain Timeline#findings() timeline}. Durations are {@code Duration}s, counts
 * {@code long}s, ids texts; every finding is at the root of the session. Templates are in the
 * {@code session} message bundle, in English and German.
 *
 * <table>
 *   <caption>Session finding ids and their arguments</caption>
 *   <tr><th>id</th><th>what</th><th>arguments</th></tr>
 *   <tr><td>{@code pacing.on-plan}, {@code pacing.ahead}, {@code pacing.behind}</td><td>where the meeting
 *       stands against its plan</td><td>{@code drift} (ahead and behind: how far, positive)</td>
 *       </tr>
 *   <tr><td>{@code pacing.phase-took}, {@code pacing.phase-skipped}, {@code pacing.phase-taking}</td><td>one
 *       phase's part of the drift: done, skipped, or current past its planned time</td>
 *       <td>{@code phase}, {@code planned}, {@code actual} (not for skipped), {@code drift}
 *       (the part, negative when ahead)</td></tr>
 *   <tr><td>{@code pacing.lengthened}</td><td>the re-plan gave a phase time left over</td>
 *       <td>{@code phase}, {@code amount}, {@code budget}</td></tr>
 *   <tr><td>{@code pacing.shortened}</td><td>the re-plan took time from a phase; the key adds
 *       {@code .below-minimum} when it is now below its minimum, {@code .ceiling} when the
 *       meeting aims at its hard ceiling, {@code .keeping} when later phases keep their
 *       time</td><td>{@code phase}, {@code amount}, {@code end} (the budget or ceiling),
 *       {@code minimum}, {@code kept} and {@code keptPhases} (ids, joined by commas) where they
 *       apply</td></tr>
 *   <tr><td>{@code timeline.total}</td><td>the total against the budget; keys
 *       {@code .over-budget} and {@code .over-ceiling}</td><td>{@code total}, {@code budget},
 *       {@code over}, {@code ceiling}, {@code overCeiling} where they apply</td></tr>
 *   <tr><td>{@code timeline.late-start}</td><td>the meeting started late</td>
 *       <td>{@code late}</td></tr>
 *   <tr><td>{@code timeline.paused}</td><td>the meeting was paused</td><td>{@code paused}</td>
 *       </tr>
 *   <tr><td>{@code timeline.phase}</td><td>one phase, planned against actual; keys
 *       {@code .over} and {@code .skipped}</td><td>{@code phase}, {@code planned},
 *       {@code actual}, {@code over} where it applies</td></tr>
 *   <tr><td>{@code timeline.cues}</td><td>every required cue done, or (key
 *       {@code .missed}, a warning) which were missed</td><td>{@code missed} (a count) and
 *       {@code cues} (ids, joined by commas)</td></tr>
 * </table>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@NullMarked
@ValueStyle
package io.github.twentyminute.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.twentyminute.internal.ValueStyle;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
