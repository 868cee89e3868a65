/**
 * Framework-neutral generators of plans and agendas for property tests, drawing every random choice through one small interface, and a contract check for custom rules.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@NullMarked
@ValueStyle
package io.github.twentyminute.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.twentyminute.internal.ValueStyle;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
