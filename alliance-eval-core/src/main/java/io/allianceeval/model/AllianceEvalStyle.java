package io.allianceeval.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's single Immutables style: generated code uses the JDK only, implementations are
 * package-private, and value types are built through the factories and builders their abstract
 * types declare. Not part of the API; public only so that every package of the core can use it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false),
    allParameters = true,
    overshadowImplementation = true)
public @interface AllianceEvalStyle {}
