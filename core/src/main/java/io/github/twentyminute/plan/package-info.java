/**
 * The meeting's phase plan: phases in order, each with a {@link
 * io.github.twentyminute.plan.TimeBox} and cues, a budget and a hard ceiling. {@link
 * io.github.twentyminute.plan.MeetingPlans} holds the book's plan and variants; {@link
 * io.github.twentyminute.plan.PlanFeasibility} checks whether a plan can work.
 */
@API(status = STABLE, since = "0.1")
@NullMarked
@ValueStyle
package io.github.twentyminute.plan;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.twentyminute.internal.ValueStyle;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
