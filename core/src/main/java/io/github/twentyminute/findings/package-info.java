/**
 * The one explanation model every engine uses. A {@link Finding} is a fact an engine reports: a
 * stable id, a severity where one applies, a {@link Location} in the document, typed
 * {@link Arguments} (durations, counts, ids, instants) and a message key. Its text is rendered
 * from a template in the caller's {@link java.util.Locale} by a {@link Renderer}; English and
 * German templates ship with the library.
 *
 * <p>Applications that show findings in their own layout read the id and the arguments;
 * applications that show text ask a renderer for it. No engine reports a fact only as prose.
 */
@API(status = STABLE, since = "0.1")
@NullMarked
package io.github.twentyminute.findings;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
