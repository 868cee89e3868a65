/**
 * JSON persistence for TwentyMinute on Jackson 3: versioned documents for every top-level value,
 * strict reading with JSON pointers, published JSON Schemas, a Jackson module for applications
 * that bring their own mapper, and a crash-safe store of documents in a directory.
 */
module io.github.twentyminute.json {
  requires static org.jspecify;
  requires static org.apiguardian.api;
  // Annotation-only, for tools that read the core's classes (Javadoc resolves their styles).
  requires static org.immutables.value.annotations;
  requires transitive io.github.twentyminute.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires org.slf4j;

  exports io.github.twentyminute.json;

  // The JSON Schemas are resources of this package; opening it lets Class.getResource and
  // Module.getResourceAsStream find them from other modules.
  opens io.github.twentyminute.json.schema;

  // So that JsonMapper.builder().findAndAddModules() registers the module.
  provides tools.jackson.databind.JacksonModule
      with io.github.twentyminute.json.TwentyMinuteModule;
}
