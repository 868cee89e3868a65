/**
 * Checking plans and agendas: the violation model ({@link io.github.twentyminute.rules.Violation},
 * {@link io.github.twentyminute.findings.Severity}, {@link io.github.twentyminute.findings.Location}), the
 * {@link io.github.twentyminute.rules.ValidationReport}, the rule SPI and the built-in rules.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.rules;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
