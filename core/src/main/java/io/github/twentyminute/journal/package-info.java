/**
 * The journal: one {@link io.github.twentyminute.journal.MeetingRecord} per meeting (agenda,
 * session, follow-up, insights, outcome) and what many meetings add up to, a
 * {@link io.github.twentyminute.journal.JournalSummary} as of an instant: recurring insights, the
 * referral graph, evangelists, reciprocity, who is due for a touchpoint, the follow-up score trend
 * and the meetings that ran over budget.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@NullMarked
@ValueStyle
package io.github.twentyminute.journal;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.twentyminute.internal.ValueStyle;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
