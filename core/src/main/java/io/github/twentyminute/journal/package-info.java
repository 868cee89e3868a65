/**
 * Across meetings: recurring insights, the referral graph, evangelists, reciprocity, and who is due for a touchpoint.
 */
@NullMarked
@ValueStyle
package io.github.twentyminute.journal;

import io.github.twentyminute.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
