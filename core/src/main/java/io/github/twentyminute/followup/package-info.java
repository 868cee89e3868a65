/**
 * After the meeting: the two-way commitment ledger ({@link io.github.twentyminute.followup.FollowUp}),
 * the follow-up tasks it creates with ideal and maximum windows, and a completeness score
 * ({@link io.github.twentyminute.followup.FollowUpScorer}) that explains every point lost, under
 * the follow-up policy that sets each kind's windows. Before the meeting:
 * {@link io.github.twentyminute.followup.PreparationScorer}, a score of the preparation (the
 * book's homework). Every line of both scores carries a finding with typed arguments, rendered
 * in the reader's language by {@link io.github.twentyminute.findings.Renderer}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@NullMarked
@ValueStyle
package io.github.twentyminute.followup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.twentyminute.internal.ValueStyle;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
