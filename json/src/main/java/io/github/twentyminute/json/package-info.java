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
 *
 * <p>Conventions of every document:
 *
 * <ul>
 *   <li>a top-level document is an object whose {@code format} field names its type and version,
 *       such as {@code "twentyminute/agenda@1"}; objects embedded in it (the agenda's plan) carry
 *       no format of their own;
 *   <li>field names are lower camel case words of the book ({@code timeBox},
 *       {@code keepsItsTime}, {@code linkedNotes}); writers put them in a fixed order, readers
 *       accept any order;
 *   <li>durations are ISO-8601 text, zero or positive ({@code "PT2M30S"}, {@code "PT72H"});
 *       instants are ISO-8601 in UTC ({@code "2026-03-10T15:00:00Z"}); choices are lower-case
 *       words ({@code "question"}, {@code "error"}, {@code "mine"}, {@code "likely"}); the
 *       follow-up policy is an object keyed by the follow-up kind's id
 *       ({@code "thank-you-note"});
 *   <li>an absent optional value is left out; {@code null} is never written and never accepted;
 *   <li>values the core derives (a session's timeline, a follow-up's tasks, a record's names
 *       received) are not written, and are derived again on reading; a session is stored as its
 *       event log and replayed, so an event the session would refuse is refused at that event.
 * </ul>
 *
 * <p>The JSON Schemas are resources next to this package
 * ({@code io/github/twentyminute/json/schema/<type>-<version>.schema.json}); see
 * {@link io.github.twentyminute.json.DocumentType#schema()}.
 * {@link io.github.twentyminute.json.JsonDocumentStore} and
 * {@link io.github.twentyminute.json.JsonMeetingStore} keep documents in a directory, one file
 * each, safe against crashes and concurrent writers.
 */
@API(status = STABLE, since = "0.1")
@NullMarked
package io.github.twentyminute.json;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
