/**
 * The journal: one {@link io.github.twentyminute.journal.MeetingRecord} per meeting (agenda,
 * session, follow-up, insights, outcome) and what many meetings add up to, a
 * {@link io.github.twentyminute.journal.JournalSummary} as of an instant: recurring insights, the
 * referral graph, evangelists, reciprocity, who is due for a touchpoint, the follow-up score trend
 * and the meetings that ran over budget.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.journal;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
