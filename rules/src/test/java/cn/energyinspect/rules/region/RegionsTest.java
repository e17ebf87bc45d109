package cn.energyinspect.rules.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.rules.basis.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsTest {
    private final Regions regions = Regions.standard();

    @Test
    void division_130203_is_lubei_district_of_tangshan_in_hebei() {
        assertThat(regions.parentChain("130203"))
                .extracting(Region::code, Region::name, Region::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("130000", "河北省", RegionLevel.PROVINCE),
                        org.assertj.core.groups.Tuple.tuple("130200", "唐山市", RegionLevel.CITY),
                        org.assertj.core.groups.Tuple.tuple("130203", "路北区", RegionLevel.COUNTY));
        assertThat(regions.find("130203")).get().extracting(Region::level).isEqualTo(RegionLevel.COUNTY);
    }

    @Test
    void division_xihu_lies_within_hangzhou_and_zhejiang() {
        assertThat(regions.isWithin("330106", "330100")).isTrue();
        assertThat(regions.isWithin("330106", "330000")).isTrue();
        assertThat(regions.isWithin("330100", "330000")).isTrue();
        assertThat(regions.isWithin("330106", "330106")).isTrue();
        assertThat(regions.isWithin("330106", "320000")).isFalse();
        assertThat(regions.isWithin("330000", "330106")).isFalse();
    }

    @Test
    void division_zhejiang_has_11_cities_and_90_counties() {
        assertThat(regions.children("330000"))
                .hasSize(11)
                .allSatisfy(city -> assertThat(city.level()).isEqualTo(RegionLevel.CITY));
        assertThat(regions.descendants("330000"))
                .filteredOn(region -> region.level() == RegionLevel.COUNTY)
                .hasSize(90);
    }

    @Test
    void division_of_municipality_beijing_goes_through_its_shixiaqu_row() {
        assertThat(regions.parentChain("110101"))
                .extracting(Region::code, Region::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("110000", "北京市"),
                        org.assertj.core.groups.Tuple.tuple("110100", "市辖区"),
                        org.assertj.core.groups.Tuple.tuple("110101", "东城区"));
    }

    @Test
    void division_directly_administered_county_level_city_xiantao_is_under_429000_in_hubei() {
        assertThat(regions.parentChain("429004"))
                .extracting(Region::code)
                .containsExactly("420000", "429000", "429004");
        assertThat(regions.find("429004")).get().extracting(Region::name).isEqualTo("仙桃市");
        assertThat(regions.isWithin("429004", "420000")).isTrue();
    }

    @Test
    void division_list_covers_all_of_china() {
        assertThat(regions.size()).isBetween(3200, 3400);
        assertThat(regions.find("540000")).get().extracting(Region::name).isEqualTo("西藏自治区");
        assertThat(regions.find("810000")).get().extracting(Region::level).isEqualTo(RegionLevel.PROVINCE);
        assertThat(regions.find("441900")).get().extracting(Region::level).isEqualTo(RegionLevel.CITY);
    }

    @ParameterizedTest
    @CsvSource({
        "110000, 北京市",
        "120000, 天津市",
        "130000, 河北省",
        "140000, 山西省",
        "150000, 内蒙古自治区",
        "310000, 上海市",
        "320000, 江苏省",
        "330000, 浙江省",
        "340000, 安徽省",
        "370000, 山东省",
        "410000, 河南省",
        "440000, 广东省",
        "450000, 广西壮族自治区",
        "510000, 四川省",
        "530000, 云南省",
        "610000, 陕西省",
        "630000, 青海省"
    })
    void division_province_codes_used_in_the_tests_are_named(String code, String name) {
        assertThat(regions.find(code))
                .get()
                .extracting(Region::name, Region::parentCode)
                .containsExactly(name, null);
    }

    @Test
    void division_children_of_a_county_are_none_and_descendants_of_a_city_are_its_counties() {
        assertThat(regions.children("130203")).isEmpty();
        assertThat(regions.descendants("130200")).isEqualTo(regions.children("130200"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "330199"})
    void division_code_not_in_the_edition_is_not_found(String code) {
        assertThat(regions.find(code)).isEmpty();
        assertThatThrownBy(() -> regions.parentChain(code))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13020", "13020A", "1302033"})
    void division_code_malformed_is_rejected(String code) {
        assertThat(regions.find(code)).isEmpty();
        assertThatThrownBy(() -> regions.children(code)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> regions.isWithin("130203", code)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void division_list_names_its_source_edition() {
        assertThat(regions.basis().reference()).isEqualTo("GB/T 2260-2023");
    }
}
