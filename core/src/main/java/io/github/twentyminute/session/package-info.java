/**
 * A live meeting as an event-sourced record: pacing at any instant (which phase, time left, ahead or behind and why, nudges) and the planned-versus-actual timeline after the end.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.session;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
