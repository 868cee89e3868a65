/**
 * Framework-neutral generators of plans and agendas for property tests, drawing every random choice through one small interface, and a contract check for custom rules.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.testing;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
