/**
 * After the meeting: the two-way commitment ledger ({@link io.github.twentyminute.followup.FollowUp}),
 * the follow-up tasks it creates with ideal and maximum windows, and a completeness score
 * ({@link io.github.twentyminute.followup.FollowUpScorer}) that explains every point lost. Before
 * the meeting: {@link io.github.twentyminute.followup.Readiness}, a score of the homework with
 * the same explanation model.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.followup;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
