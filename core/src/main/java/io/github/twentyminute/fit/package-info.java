/**
 * Fitting an agenda to its budget and its plan's time boxes: {@link
 * io.github.twentyminute.fit.AgendaFitter} changes the lowest-priority items, and explains each
 * change, or why no fit exists, with findings.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.fit;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
