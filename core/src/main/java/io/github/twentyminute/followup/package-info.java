/**
 * After the meeting: the two-way commitment ledger, the follow-up tasks it creates with ideal and maximum windows, and a completeness score that explains every point lost.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.followup;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
