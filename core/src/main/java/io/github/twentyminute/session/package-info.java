/**
 * A live meeting as an event-sourced record: pacing at any instant (which phase, time left, ahead or behind and why, nudges) and the planned-versus-actual timeline after the end.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@NullMarked
@ValueStyle
package io.github.twentyminute.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.twentyminute.internal.ValueStyle;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
