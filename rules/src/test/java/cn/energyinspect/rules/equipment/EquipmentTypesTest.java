package cn.energyinspect.rules.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.rules.basis.Basis;
import org.junit.jupiter.api.Test;

/** The catalogue of equipment types a form or an API client reads: Chinese names, editions and fields. */
class EquipmentTypesTest {
    private final EquipmentConformity conformity = EquipmentConformity.standard();

    @Test
    void every_type_is_listed_with_its_chinese_name_loaded_edition_and_fields() {
        assertThat(conformity.types())
                .extracting(EquipmentTypeInfo::type, EquipmentTypeInfo::nameZh)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MOTOR", "电动机"),
                        org.assertj.core.groups.Tuple.tuple("TRANSFORMER", "电力变压器"),
                        org.assertj.core.groups.Tuple.tuple("BOILER", "工业锅炉"),
                        org.assertj.core.groups.Tuple.tuple("PUMP", "清水离心泵"),
                        org.assertj.core.groups.Tuple.tuple("FAN", "通风机"),
                        org.assertj.core.groups.Tuple.tuple("COMPRESSOR", "容积式空气压缩机"),
                        org.assertj.core.groups.Tuple.tuple("DATA_CENTRE", "数据中心"));
        assertThat(conformity.types()).allSatisfy(t -> {
            assertThat(t.loadedEditions()).isNotEmpty();
            assertThat(t.fields())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.nameZh()).isNotBlank());
        });
    }

    @Test
    void the_transformer_lists_gb20052_2024_as_loaded_and_2020_as_known_without_values() {
        EquipmentTypeInfo transformer = conformity.types().stream()
                .filter(t -> t.type().equals("TRANSFORMER"))
                .findFirst()
                .orElseThrow();

        assertThat(transformer.editions())
                .extracting(Basis::reference)
                .containsExactly("GB 20052-2020", "GB 20052-2024");
        assertThat(transformer.loadedEditions()).containsExactly("GB 20052-2024");
        assertThat(transformer.fields())
                .filteredOn(f -> f.name().equals("connectionGroup"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.values()).containsExactly("DYN11", "YYN0", "YZN11");
                    assertThat(f.required()).isFalse();
                });
    }

    @Test
    void every_field_listed_is_a_field_of_the_query() {
        java.util.Set<String> components = new java.util.HashSet<>();
        for (var c : EquipmentQuery.class.getRecordComponents()) {
            components.add(c.getName());
        }

        assertThat(conformity.types())
                .flatExtracting(EquipmentTypeInfo::fields)
                .extracting(EquipmentField::name)
                .allMatch(components::contains);
    }
}
