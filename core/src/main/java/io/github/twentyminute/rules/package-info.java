/**
 * Checking plans and agendas: the rule SPI ({@link io.github.twentyminute.rules.Rule},
 * {@link io.github.twentyminute.rules.RuleContext}), {@link io.github.twentyminute.rules.RuleSet},
 * the built-in rules and the {@link io.github.twentyminute.rules.ValidationReport}, whose
 * findings are those of the one explanation model, {@link io.github.twentyminute.findings}.
 */
@API(status = STABLE, since = "0.1")
@NullMarked
@ValueStyle
package io.github.twentyminute.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.twentyminute.internal.ValueStyle;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
