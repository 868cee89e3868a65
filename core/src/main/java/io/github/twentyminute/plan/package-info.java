/**
 * The meeting's phase plan: phases in order, each with a {@link
 * io.github.twentyminute.plan.TimeBox} and cues, a budget and a hard ceiling. {@link
 * io.github.twentyminute.plan.MeetingPlans} holds the book's plan and variants; {@link
 * io.github.twentyminute.plan.PlanFeasibility} checks whether a plan can work.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.plan;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
