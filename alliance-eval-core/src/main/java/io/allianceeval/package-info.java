/**
 * The activity evaluation (活跃度评价) of industrial technology innovation strategic alliances: the
 * packages {@code model}, {@code activity}, {@code scoring}, {@code evaluation}, {@code
 * statistics}, {@code awards}, {@code review} and {@code diagnostics}. This package itself holds no types; it carries the one
 * Immutables style that every value type of the sub-packages is generated with: JDK only,
 * package-private implementations, built through the factories their abstract types declare.
 */
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false),
    allParameters = true,
    overshadowImplementation = true)
package io.allianceeval;

import org.immutables.value.Value;
