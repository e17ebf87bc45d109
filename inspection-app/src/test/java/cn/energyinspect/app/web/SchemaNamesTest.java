package cn.energyinspect.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.inspection.ChecklistTemplate;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Schema names: nested records by their enclosing types, and a name given to two Java types is reported. */
class SchemaNamesTest {
    /** Two records called Item, as the energy conversion and the checklist template have. */
    static final class Conversion {
        record Item(String energyType, double quantity) {}

        record Request(List<Item> items) {}
    }

    record Checklist(List<ChecklistTemplate.Item> items) {}

    /** {@code Twin.Item} and {@code TwinItem} both read "SchemaNamesTestTwinItem": a collision the rule cannot avoid. */
    static final class Twin {
        record Item(String a) {}
    }

    record TwinItem(String b) {}

    record Both(Twin.Item first, TwinItem second) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "ChosenName")
    record Named(String c) {}

    private final Map<String, Set<Class<?>>> registry = new ConcurrentHashMap<>();

    private Map<String, Schema> read(Class<?> type) {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(new SchemaNames(registry));
        return converters.readAll(type);
    }

    @Test
    void nested_records_are_named_with_their_enclosing_types() {
        Map<String, Schema> conversion = read(Conversion.Request.class);
        Map<String, Schema> checklist = read(Checklist.class);

        assertThat(conversion).containsOnlyKeys("SchemaNamesTestConversionRequest", "SchemaNamesTestConversionItem");
        assertThat(checklist).containsKeys("SchemaNamesTestChecklist", "ChecklistTemplateItem");
        assertThat(checklist.get("ChecklistTemplateItem").getProperties()).containsKeys("code", "kind", "lawArticle");
        assertThat(conversion.get("SchemaNamesTestConversionRequest").getProperties())
                .extractingByKey("items")
                .extracting(items -> ((Schema<?>) items).getItems().get$ref())
                .isEqualTo("#/components/schemas/SchemaNamesTestConversionItem");
        assertThat(new SchemaNames(registry).collisions()).isEmpty();
    }

    @Test
    void a_name_given_to_two_java_types_is_a_collision() {
        read(Both.class);

        assertThat(new SchemaNames(registry).collisions())
                .containsOnlyKeys("SchemaNamesTestTwinItem")
                .extractingByKey("SchemaNamesTestTwinItem")
                .isEqualTo(Set.of(Twin.Item.class.getName(), TwinItem.class.getName()));
    }

    @Test
    void a_class_that_names_its_schema_keeps_that_name() {
        assertThat(read(Named.class)).containsOnlyKeys("ChosenName");
        assertThat(SchemaNames.nameOf(Named.class)).isEqualTo("ChosenName");
        assertThat(SchemaNames.nameOf(ChecklistTemplate.Item.class)).isEqualTo("ChecklistTemplateItem");
    }
}
