/**
 * An agenda for one meeting with one person: the counterpart and your homework on them, the purpose, the career overview, and the items to cover; {@code fit.AgendaFitter} fits it to its budget.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.agenda;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
