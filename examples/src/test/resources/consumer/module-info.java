/**
 * A consumer of the published jars, compiled and run by {@code ConsumerBuildTests} on the module
 * path (with this descriptor) and on the class path (without it).
 */
module com.example.consumer {
  requires io.github.twentyminute.json;

  provides io.github.twentyminute.rules.Rule with com.example.consumer.AtMostTwelveItemsRule;
}
