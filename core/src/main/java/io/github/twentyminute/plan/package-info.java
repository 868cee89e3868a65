/**
 * The meeting's phase plan: phases in order, each with a {@link
 * io.github.twentyminute.plan.TimeBox} and cues, a budget and a hard ceiling. {@link
 * io.github.twentyminute.plan.MeetingPlans} holds the book's plan and variants. Whether a plan
 * can work is checked by the {@code plan.*} rules of the rules package, which sits above this
 * one: nothing here depends on rules or findings.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.plan;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
