/**
 * Checking plans and agendas: the violation model ({@link io.github.twentyminute.rules.Violation},
 * {@link io.github.twentyminute.findings.Severity}, {@link io.github.twentyminute.findings.Location}), the
 * {@link io.github.twentyminute.rules.ValidationReport}, the rule SPI and the built-in rules.
 */
@API(status = STABLE, since = "0.1")
@NullMarked
@ValueStyle
package io.github.twentyminute.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.twentyminute.internal.ValueStyle;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
