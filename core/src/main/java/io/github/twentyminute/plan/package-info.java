/**
 * The meeting's phase plan: phases in order, each with a {@link
 * io.github.twentyminute.plan.TimeBox} and cues, a budget and a hard ceiling. {@link
 * io.github.twentyminute.plan.MeetingPlans} holds the book's plan and variants. Whether a plan
 * can work is checked by the {@code plan.*} rules of the rules package, which sits above this
 * one: nothing here depends on rules or findings.
 */
@API(status = STABLE, since = "0.1")
@NullMarked
@ValueStyle
package io.github.twentyminute.plan;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.twentyminute.internal.ValueStyle;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
