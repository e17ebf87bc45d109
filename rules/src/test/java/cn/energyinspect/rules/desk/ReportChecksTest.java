package cn.energyinspect.rules.desk;

import static cn.energyinspect.rules.desk.Reports.aReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.Violation;
import cn.energyinspect.rules.energy.KeyUnitStatus;
import cn.energyinspect.rules.equipment.EquipmentQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The automatic checks of an 能源利用状况报告, each named after the table and rule it applies. */
class ReportChecksTest {
    private final ReportChecks checks = ReportChecks.standard();
    private final RuleSet defaults = RuleSet.defaults();

    private ReportAssessment check(Reports report) {
        return checks.check(report.build(), defaults);
    }

    private static Verdict only(ReportAssessment assessment, String check) {
        List<Verdict> found = assessment.of(check);
        assertThat(found).as(check).hasSize(1);
        return found.getFirst();
    }

    @Test
    void table_2_raw_coal_electricity_and_gas_field_gas_convert_to_8971_8_tce_a_unit_key_only_if_designated() {
        // regulations.md §11 case 39
        ReportAssessment a = check(aReport(2025)
                .energy("RAW_COAL", 10_000, "t")
                .energy("ELECTRICITY", 5_000_000, "kWh")
                .energy("NATURAL_GAS_GAS_FIELD", 1_000_000, "m3"));

        assertThat(a.recomputedTotalTce()).isEqualByComparingTo("8971.8");
        assertThat(a.keyUnit().status()).isEqualTo(KeyUnitStatus.IF_DESIGNATED);
        assertThat(only(a, Checks.KEY_UNIT).level()).isEqualTo("IF_DESIGNATED");
        assertThat(only(a, Checks.TCE_CONVERSION).unconfirmed())
                .as("the coal coefficient is unconfirmed")
                .isTrue();
    }

    @ParameterizedTest(name = "declared {0} tce against 8971.8 recomputed: mismatch {1}")
    @CsvSource({"8971.8, false", "9151.2, false", "9152.0, true", "8792.4, false", "8790.0, true"})
    void table_2_declared_total_off_the_recomputed_by_more_than_2_percent_is_a_tce_mismatch(
            double declared, boolean mismatch) {
        ReportAssessment a = check(aReport(2025)
                .energy("RAW_COAL", 10_000, "t")
                .energy("ELECTRICITY", 5_000_000, "kWh")
                .energy("NATURAL_GAS_GAS_FIELD", 1_000_000, "m3")
                .declaredTotal(declared));

        Verdict v = only(a, Checks.TCE_DECLARED);
        assertThat(v.raises(Signals.TCE_MISMATCH)).isEqualTo(mismatch);
        assertThat(v.threshold()).isEqualByComparingTo("8971.8");
        assertThat(v.unconfirmed())
                .as("the 2 %% tolerance is a platform default")
                .isTrue();
    }

    @Test
    void table_2_1_uses_that_do_not_add_up_to_the_total_are_a_use_sum_mismatch() {
        ReportAssessment ok = check(aReport(2025).declaredTotal(1000).uses(700, 250, 45));
        ReportAssessment off = check(aReport(2025).declaredTotal(1000).uses(700, 200, 45));

        assertThat(only(ok, Checks.USE_SUM).outcome()).isEqualTo(VerdictOutcome.PASS);
        Verdict v = only(off, Checks.USE_SUM);
        assertThat(v.raises(Signals.USE_SUM_MISMATCH)).isTrue();
        assertThat(v.value()).isEqualByComparingTo("945");
        assertThat(v.message()).contains("5.5%");
    }

    @Test
    void table_3_a_balance_that_does_not_close_within_2_percent_is_a_balance_mismatch() {
        assertThat(only(check(aReport(2025).balance(1000, 20, 990, 25, 0)), Checks.BALANCE)
                        .outcome())
                .isEqualTo(VerdictOutcome.PASS);
        Verdict off = only(check(aReport(2025).balance(1000, 0, 900, 20, 0)), Checks.BALANCE);
        assertThat(off.raises(Signals.BALANCE_MISMATCH)).isTrue();
        assertThat(off.message()).contains("不闭合");
    }

    @Test
    void table_4_a_unit_consumption_unlike_energy_over_output_is_a_unit_consumption_mismatch() {
        ReportAssessment a = check(aReport(2025)
                .product(new ReportFigures.Product(
                        "CEMENT_CLINKER",
                        "COMPREHENSIVE_ENERGY",
                        105,
                        "kgce/t",
                        120_000_000.0,
                        1_000_000.0,
                        Map.of("altitudeMeters", 200.0),
                        null)));

        Verdict v = only(a, Checks.UNIT_CONSUMPTION);
        assertThat(v.raises(Signals.UNIT_CONSUMPTION_MISMATCH)).isTrue();
        assertThat(v.threshold()).isEqualByComparingTo("120");
        assertThat(v.field()).isEqualTo("products[0].value");
    }

    @Test
    void clinker_118_kgce_is_over_quota_and_below_the_baseline() {
        // regulations.md §11 case 2
        ReportAssessment a = check(aReport(2025).clinker(118));

        Verdict grade = only(a, Checks.QUOTA_GRADE);
        assertThat(grade.raises(Signals.OVER_QUOTA)).isTrue();
        assertThat(grade.threshold()).isEqualByComparingTo("117");
        assertThat(grade.basis().getFirst().reference()).isEqualTo("GB 16780-2021");
        assertThat(grade.message()).contains("超过 GB 16780-2021 限定值 117");
        Verdict benchmark = only(a, Checks.BENCHMARK);
        assertThat(benchmark.raises(Signals.ABOVE_BASELINE)).isTrue();
        assertThat(benchmark.level()).isEqualTo("ABOVE_BASELINE");
    }

    @ParameterizedTest(name = "clinker {0} kgce/t: grade {1}, {2}")
    @CsvSource({"99, 1, AT_OR_BELOW_BENCHMARK", "108, 3, BETWEEN", "117, 3, BETWEEN"})
    void clinker_within_quota_is_graded_and_placed_against_benchmark_and_baseline(
            double value, int grade, String level) {
        // regulations.md §11 cases 1 and 3
        ReportAssessment a = check(aReport(2025).clinker(value));

        assertThat(only(a, Checks.QUOTA_GRADE).grade()).isEqualTo(grade);
        assertThat(only(a, Checks.QUOTA_GRADE).outcome()).isEqualTo(VerdictOutcome.PASS);
        assertThat(only(a, Checks.BENCHMARK).level()).isEqualTo(level);
        assertThat(only(a, Checks.BENCHMARK).outcome()).isEqualTo(VerdictOutcome.INFO);
    }

    @Test
    void a_blast_furnace_of_2025_is_not_graded_by_the_2025_edition_in_force_from_july_2026_but_left_to_the_inspector() {
        ReportAssessment a = check(aReport(2025)
                .product(
                        "STEEL_BLAST_FURNACE",
                        "PROCESS_ENERGY",
                        400,
                        "kgce/t",
                        Map.of("burdenIronGradePercent", 62.0)));

        Verdict v = only(a, Checks.QUOTA_GRADE);
        assertThat(v.outcome()).isEqualTo(VerdictOutcome.PENDING);
        assertThat(v.signal()).isEqualTo(Signals.PENDING_GRADE);
        assertThat(v.message()).contains("GB 21256").contains("须由监察人员");
    }

    @Test
    void the_edition_in_force_on_the_last_day_of_the_report_year_grades_it() {
        ReportAssessment a = check(aReport(2026)
                .product(
                        "STEEL_BLAST_FURNACE",
                        "PROCESS_ENERGY",
                        400,
                        "kgce/t",
                        Map.of("burdenIronGradePercent", 62.0)));

        Verdict v = only(a, Checks.QUOTA_GRADE);
        assertThat(v.grade()).isEqualTo(3);
        assertThat(v.basis().getFirst().reference()).isEqualTo("GB 21256-2025");
        assertThat(ReportChecks.factDate(2026)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest(name = "{0} → {1} ({2} kgce/t last year, explained {3})")
    @CsvSource({"110, PASS, 105, false", "116, SIGNAL, 105, false", "116, INFO, 105, true", "94, SIGNAL, 105, false"})
    void table_5_a_change_of_more_than_10_percent_needs_its_reasons(
            double value, VerdictOutcome outcome, double previous, boolean explained) {
        Reports report = aReport(2025)
                .product(new ReportFigures.Product(
                        "CEMENT_CLINKER",
                        "COMPREHENSIVE_ENERGY",
                        value,
                        "kgce/t",
                        null,
                        null,
                        Map.of("altitudeMeters", 200.0),
                        previous));
        if (explained) {
            report.explained();
        }

        Verdict v = only(check(report), Checks.YEAR_ON_YEAR);
        assertThat(v.outcome()).isEqualTo(outcome);
        assertThat(v.raises(Signals.YOY_CHANGE)).isEqualTo(outcome == VerdictOutcome.SIGNAL);
    }

    @Test
    void table_8_a_yb_160m_4_motor_is_on_the_elimination_catalogue() {
        // regulations.md §11 case 49
        ReportAssessment a = check(aReport(2025)
                .equipment(EquipmentQuery.motor()
                        .on(LocalDate.of(2025, 12, 31))
                        .model("YB-160M-4")
                        .ratedVoltageV(380)
                        .build()));

        Verdict v = only(a, Checks.EQUIPMENT);
        assertThat(v.raises(Signals.ELIMINATED_EQUIPMENT)).isTrue();
        assertThat(v.level()).isEqualTo("ELIMINATED");
        assertThat(v.basis()).anyMatch(b -> "第七十一条".equals(b.clause()));
    }

    @Test
    void table_8_an_11_kw_4_pole_motor_at_91_percent_is_below_the_gb_18613_limit() {
        // regulations.md §11 case 45
        ReportAssessment a = check(aReport(2025)
                .equipment(EquipmentQuery.motor()
                        .on(LocalDate.of(2025, 12, 31))
                        .ratedPowerKw(11.0)
                        .poles(4)
                        .efficiencyPercent(91.0)
                        .build()));

        Verdict v = only(a, Checks.EQUIPMENT);
        assertThat(v.raises(Signals.BELOW_EFFICIENCY_LIMIT)).isTrue();
        assertThat(v.threshold()).isEqualByComparingTo("91.4");
    }

    @ParameterizedTest(name = "PUE {0}: signal {1}")
    @CsvSource({"1.25, ", "1.45, ", "1.60, PUE_ABOVE_LIMIT"})
    void a_data_centre_above_the_gb_40879_limit_breaks_the_mandatory_standard(double pue, String signal) {
        Verdict v = only(check(aReport(2025).dataCentre(pue, 800, 2018)), Checks.PUE_GRADE);

        assertThat(v.signal()).isEqualTo(signal);
        assertThat(v.threshold()).isEqualByComparingTo("1.50");
        assertThat(v.unconfirmed()).as("grade 3 of GB 40879 is unconfirmed").isTrue();
    }

    @ParameterizedTest(name = "PUE {0}, {1} racks, in service {2}: target missed {3}")
    @CsvSource({"1.35, 4000, 2023, true", "1.29, 4000, 2023, false", "1.35, 2000, 2023, ", "1.35, 4000, 2019, "})
    void a_new_large_data_centre_not_better_than_1_3_misses_the_action_plan_target(
            double pue, int racks, int commissioned, Boolean missed) {
        List<Verdict> v =
                check(aReport(2025).dataCentre(pue, racks, commissioned)).of(Checks.PUE_TARGET);

        if (missed == null) {
            assertThat(v).as("not a new large data centre: no target").isEmpty();
        } else {
            assertThat(v).hasSize(1);
            assertThat(v.getFirst().raises(Signals.PUE_ABOVE_TARGET)).isEqualTo(missed);
        }
    }

    @Test
    void a_beijing_data_centre_above_1_35_falls_under_the_differential_price_from_2026_and_others_do_not() {
        Verdict beijing = only(check(aReport(2025).inRegion("110105").dataCentre(1.40, 800, 2018)), Checks.TARIFF);
        assertThat(beijing.level()).isEqualTo("DATA_CENTRE_BEIJING");
        assertThat(beijing.message()).startsWith("2026 年适用");
        assertThat(beijing.threshold())
                .as("the PUE above which the price applies")
                .isEqualByComparingTo("1.35");

        assertThat(check(aReport(2024).inRegion("110105").dataCentre(1.40, 800, 2018))
                        .of(Checks.TARIFF))
                .as("the 2025 price is not the differential one")
                .isEmpty();
        assertThat(check(aReport(2025).inRegion("330106").dataCentre(1.40, 800, 2018))
                        .of(Checks.TARIFF))
                .isEmpty();
    }

    @Test
    void aluminium_at_13700_kwh_in_2022_pays_13_steps_in_2023() {
        // regulations.md §11 case 10: the tariff year is the year after the figure's
        Verdict v = only(
                check(aReport(2022)
                        .product(
                                "ELECTROLYTIC_ALUMINIUM",
                                "LIQUID_ALUMINIUM_COMPREHENSIVE_AC_POWER",
                                13_700,
                                "kWh/t",
                                Map.of())),
                Checks.TARIFF);

        assertThat(v.level()).isEqualTo("ALUMINIUM_TIERED");
        assertThat(v.message()).contains("0.13 元/千瓦时");
        assertThat(v.threshold()).as("the 2023 threshold of the tiered price").isEqualByComparingTo("13450");
    }

    @ParameterizedTest(name = "clinker electricity {0} kWh/t: {1}")
    @CsvSource({"61, ", "66, 0.10", "75, 0.20"})
    void cement_clinker_electricity_over_61_pays_the_tiered_price_of_its_band(double value, String surcharge) {
        List<Verdict> v = check(aReport(2025)
                        .product(
                                "CEMENT_CLINKER",
                                "COMPREHENSIVE_ELECTRICITY",
                                value,
                                "kWh/t",
                                Map.of("altitudeMeters", 200.0)))
                .of(Checks.TARIFF);

        if (surcharge == null) {
            assertThat(v).isEmpty();
        } else {
            assertThat(v).extracting(Verdict::level).containsExactly("CEMENT_TIERED");
            assertThat(v.getFirst().message()).contains(surcharge + " 元/千瓦时");
            assertThat(v.getFirst().threshold())
                    .as("the figure the band starts at: the 61 limit plus the band's lower excess")
                    .isEqualByComparingTo(value > 71 ? "71" : "61");
        }
    }

    @ParameterizedTest(name = "blast furnace {0} kgce/t (limit 415): {1}")
    @CsvSource({"450, 由价格主管部门确定", "900, 0.30 元/千瓦时"})
    void a_quota_exceeding_plant_pays_the_punitive_price_and_above_twice_the_limit_the_eliminated_class_surcharge(
            double value, String expected) {
        Verdict v = only(
                check(aReport(2026)
                        .product(
                                "STEEL_BLAST_FURNACE",
                                "PROCESS_ENERGY",
                                value,
                                "kgce/t",
                                Map.of("burdenIronGradePercent", 62.0))),
                Checks.TARIFF);

        assertThat(v.level()).isEqualTo("QUOTA_PUNITIVE");
        assertThat(v.message()).contains(expected);
    }

    @Test
    void table_1_a_manager_not_filed_and_an_audit_older_than_five_years_are_signals() {
        ReportAssessment a = check(aReport(2025).manager(false).lastAudit(2020));

        assertThat(only(a, Checks.ENERGY_MANAGER).raises(Signals.NO_MANAGER)).isTrue();
        assertThat(only(a, Checks.ENERGY_AUDIT).raises(Signals.AUDIT_OVERDUE)).isTrue();
        ReportAssessment fine = check(aReport(2025).manager(true).lastAudit(2021));
        assertThat(only(fine, Checks.ENERGY_MANAGER).outcome()).isEqualTo(VerdictOutcome.PASS);
        assertThat(only(fine, Checks.ENERGY_AUDIT).outcome()).isEqualTo(VerdictOutcome.PASS);
    }

    @Test
    void table_6_a_saving_target_not_met_is_a_signal() {
        assertThat(only(check(aReport(2025).target(500, 420)), Checks.SAVING_TARGET)
                        .raises(Signals.TARGET_MISSED))
                .isTrue();
        assertThat(only(check(aReport(2025).target(500, 520)), Checks.SAVING_TARGET)
                        .outcome())
                .isEqualTo(VerdictOutcome.PASS);
    }

    @Test
    void a_province_tolerance_of_10_percent_accepts_a_declaration_5_percent_off() {
        RuleSet province = defaults.withSettings("340000", Map.of(), Map.of("TCE_TOLERANCE_PERCENT", BigDecimal.TEN));
        ReportFigures report = aReport(2025)
                .energy("RAW_COAL", 10_000, "t")
                .declaredTotal(7500)
                .build();

        Verdict v = checks.check(report, province).of(Checks.TCE_DECLARED).getFirst();
        assertThat(v.outcome()).isEqualTo(VerdictOutcome.PASS);
        assertThat(v.basis()).anyMatch(b -> b.standard().equals("省级设定") && "340000".equals(b.edition()));
        assertThat(checks.check(report, defaults)
                        .of(Checks.TCE_DECLARED)
                        .getFirst()
                        .raises(Signals.TCE_MISMATCH))
                .isTrue();
    }

    @Test
    void an_unreadable_report_is_refused_naming_every_field() {
        ReportFigures report = aReport(2025)
                .energy("WOOD", 10, "t")
                .energy("RAW_COAL", -5, "t")
                .product("CEMENT_CLINKER", "COMPREHENSIVE_ENERGY", 100, "kWh/t", Map.of("altitudeMeters", 200.0))
                .product("UNOBTAINIUM", "COMPREHENSIVE_ENERGY", 1, "kgce/t", Map.of())
                .equipment(EquipmentQuery.ofType("HEATER")
                        .on(LocalDate.of(2025, 12, 31))
                        .build())
                .build();

        assertThat(checks.validate(report))
                .extracting(Violation::field)
                .contains("energy[0].energyType", "energy[1].quantity", "products[0].unit", "products[1].indicator")
                .anyMatch(f -> f.startsWith("equipment[0]"));
        assertThatThrownBy(() -> checks.check(report, defaults)).isInstanceOf(InvalidInputException.class);
    }
}
