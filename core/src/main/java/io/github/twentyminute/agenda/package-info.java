/**
 * An agenda for one meeting with one person: the counterpart and your homework on them, the purpose, the career overview, and the items to cover; {@code fit.AgendaFitter} fits it to its budget.
 */
@API(status = STABLE, since = "0.1")
@NullMarked
@ValueStyle
package io.github.twentyminute.agenda;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.twentyminute.internal.ValueStyle;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
