/**
 * Implementation details shared across packages. Not exported by the module; nothing here is
 * part of the public API.
 */
@NullMarked
package io.github.twentyminute.internal;

import org.jspecify.annotations.NullMarked;
