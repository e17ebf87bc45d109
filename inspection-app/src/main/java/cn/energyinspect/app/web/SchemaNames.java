package cn.energyinspect.app.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Names each schema of the OpenAPI document after its Java type, a nested type with the types that enclose it
 * ({@code ChecklistTemplate.Item} → {@code ChecklistTemplateItem}, {@code CaseView.Page} → {@code CaseViewPage}), so
 * the many records called {@code Item}, {@code Page} or {@code Payload} never share one schema: swagger-core names a
 * schema by the simple class name and keeps whichever type it met first, which silently publishes a wrong contract. A
 * class's own {@code @Schema(name = …)} still wins.
 *
 * <p>Every name given is remembered with its Java type ({@link #collisions()}), so a test can prove that no two types
 * are published under one name. The application's registry is one per JVM, like swagger-core's converter chain that
 * this converter joins (whichever application context registered it last).
 */
final class SchemaNames implements ModelConverter {
    private static final Map<String, Set<Class<?>>> PUBLISHED = new ConcurrentHashMap<>();

    private final Map<String, Set<Class<?>>> given;

    /** The application's converter, remembering names in the JVM's registry. */
    SchemaNames() {
        this(PUBLISHED);
    }

    SchemaNames(Map<String, Set<Class<?>>> given) {
        this.given = given;
    }

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getType() != null && (type.getName() == null || type.getName().isBlank())) {
            JavaType javaType = Json.mapper().constructType(type.getType());
            Class<?> raw = javaType.getRawClass();
            if (named(javaType, raw)) {
                String name = nameOf(raw);
                given.computeIfAbsent(name, n -> ConcurrentHashMap.newKeySet()).add(raw);
                if (raw.getEnclosingClass() != null && !hasOwnName(raw)) {
                    type.name(name);
                }
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    /** The schema name of a class: its {@code @Schema(name)}, else its simple name prefixed by its enclosing types. */
    static String nameOf(Class<?> type) {
        if (hasOwnName(type)) {
            return type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class)
                    .name();
        }
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName());
        }
        return name.toString();
    }

    /** Names given to more than one Java type so far, each with the types (empty when the contract is sound). */
    Map<String, Set<String>> collisions() {
        return given.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().stream().map(Class::getName).collect(Collectors.toSet()),
                        (a, b) -> a,
                        TreeMap::new));
    }

    /** The Java type published under {@code name}, if this converter named one. */
    Set<Class<?>> typesNamed(String name) {
        return Set.copyOf(given.getOrDefault(name, Set.of()));
    }

    /**
     * Classes that become named component schemas: not primitives, JDK types, containers, generics or enums (those
     * are inlined), and not anonymous or local classes.
     */
    private static boolean named(JavaType javaType, Class<?> raw) {
        return !raw.isPrimitive()
                && !raw.isArray()
                && !raw.isEnum()
                && !raw.isAnonymousClass()
                && !raw.isLocalClass()
                && !javaType.isContainerType()
                && !javaType.hasGenericTypes()
                && raw.getTypeParameters().length == 0
                && !raw.getName().startsWith("java.")
                && !raw.getName().startsWith("javax.")
                && !raw.getName().startsWith("jakarta.");
    }

    private static boolean hasOwnName(Class<?> type) {
        io.swagger.v3.oas.annotations.media.Schema schema =
                type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return schema != null && !schema.name().isBlank();
    }
}
