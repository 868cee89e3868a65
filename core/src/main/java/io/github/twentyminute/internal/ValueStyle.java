package io.github.twentyminute.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the library: JDK collections only,
 * plain accessor names (as in records), builders created through the abstract type's own
 * {@code builder()} factory, and generated classes named {@code Immutable*}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    depluralize = true,
    typeImmutable = "Immutable*",
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    privateNoargConstructor = true,
    allMandatoryParameters = false,
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true)
public @interface ValueStyle {}
