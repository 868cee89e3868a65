/**
 * Checking plans and agendas: the rule SPI ({@link io.github.twentyminute.rules.Rule},
 * {@link io.github.twentyminute.rules.RuleContext}), {@link io.github.twentyminute.rules.RuleSet},
 * the built-in rules and the {@link io.github.twentyminute.rules.ValidationReport}, whose
 * findings are those of the one explanation model, {@link io.github.twentyminute.findings}.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.rules;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
