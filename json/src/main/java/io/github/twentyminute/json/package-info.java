/**
 * JSON persistence for TwentyMinute: {@link io.github.twentyminute.json.TwentyMinuteJson} reads
 * and writes each {@link io.github.twentyminute.json.DocumentType} with chosen, documented field
 * names, strict reading that reports problems as
 * {@link io.github.twentyminute.json.JsonFormatException} with a JSON pointer, and a JSON Schema
 * per type; {@link io.github.twentyminute.json.TwentyMinuteModule} does the same for applications
 * that bring their own Jackson mapper.
 *
 * <p>The mapping is written by hand for each document type, rather than derived by Jackson from
 * the core types' accessors: the core stays free of Jackson, the field names and their order are
 * a published contract that a rename in Java cannot change by accident, and reading walks the
 * parser strictly so that every problem has an exact location. Golden files in the tests pin the
 * format.
 */
@NullMarked
package io.github.twentyminute.json;

import org.jspecify.annotations.NullMarked;
