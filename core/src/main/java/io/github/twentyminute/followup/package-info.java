/**
 * After the meeting: the two-way commitment ledger ({@link io.github.twentyminute.followup.FollowUp}),
 * the follow-up tasks it creates with ideal and maximum windows, and a completeness score
 * ({@link io.github.twentyminute.followup.FollowUpScorer}) that explains every point lost. Before
 * the meeting: {@link io.github.twentyminute.followup.Readiness}, a score of the homework with
 * the same explanation model.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@NullMarked
@ValueStyle
package io.github.twentyminute.followup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.twentyminute.internal.ValueStyle;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
