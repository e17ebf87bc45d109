package cn.energyinspect.app.checks;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.benchmark.BenchmarkResult;
import cn.energyinspect.rules.quota.Correction;
import cn.energyinspect.rules.quota.EditionAvailability;
import cn.energyinspect.rules.quota.Limits;
import cn.energyinspect.rules.quota.QuotaGrading;
import cn.energyinspect.rules.quota.QuotaIndicator;
import cn.energyinspect.rules.quota.QuotaQuery;
import cn.energyinspect.rules.quota.QuotaResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 单位产品能耗限额 grading of one indicator, with the NDRC 标杆/基准 level where one is loaded. Over quota is a verdict
 * in a 200; an unknown product, a missing correction condition or a date with no edition loaded is a 422 (the last with
 * field {@code date} naming the missing edition; {@code GET …/energy-quota/editions} asks the same without a 422).
 */
@RestController
@RequestMapping("/api/v1/checks")
@Tag(name = "checks")
class QuotaCheckController {

    /** The benchmark part of a grading: where the value stands between 标杆 and 基准. */
    record BenchmarkView(
            String level,
            double benchmark,
            double baseline,
            LocalDate upgradeDeadline,
            Basis basis,
            boolean unconfirmed) {
        static BenchmarkView of(BenchmarkResult result) {
            return new BenchmarkView(
                    result.level().name(),
                    result.benchmark(),
                    result.baseline(),
                    result.upgradeDeadline(),
                    result.basis(),
                    result.unconfirmed());
        }
    }

    /**
     * The answer: {@code limits} are keyed by grade ("1", "2", "3") after corrections; a limit the standard leaves
     * undefined is {@code null}; {@code grade} is {@code null} when over quota.
     */
    record Response(
            String product,
            String indicator,
            double value,
            String unit,
            LocalDate date,
            Integer grade,
            boolean overQuota,
            Map<String, Double> limits,
            Map<String, Double> tableLimits,
            List<Correction> corrections,
            BenchmarkView benchmark,
            Basis basis,
            boolean unconfirmed,
            List<String> unconfirmedValues) {
        static Response of(QuotaResult result) {
            return new Response(
                    result.product(),
                    result.indicator(),
                    result.value(),
                    result.unit(),
                    result.date(),
                    result.grade(),
                    result.overQuota(),
                    byGrade(result.limits()),
                    byGrade(result.tableLimits()),
                    result.corrections(),
                    result.benchmark().map(BenchmarkView::of).orElse(null),
                    result.basis(),
                    result.unconfirmed(),
                    result.unconfirmedValues());
        }

        private static Map<String, Double> byGrade(Limits limits) {
            Map<String, Double> map = new LinkedHashMap<>();
            map.put("1", limits.grade1());
            map.put("2", limits.grade2());
            map.put("3", limits.grade3());
            return map;
        }
    }

    @PostMapping("/energy-quota")
    @Operation(summary = "Grade one energy-consumption figure against its quota standard (edition chosen by date)")
    Response grade(@RequestBody QuotaQuery query) {
        return Response.of(QuotaGrading.standard().grade(query));
    }

    @GetMapping("/energy-quota/indicators")
    @Operation(
            summary = "Every product and indicator that can be graded, with its Chinese names, unit, the conditions it"
                    + " accepts and requires (each with Chinese name, range and unit) and the editions loaded")
    List<QuotaIndicator> indicators() {
        return QuotaGrading.standard().indicators();
    }

    @GetMapping("/energy-quota/editions")
    @Operation(
            summary = "Whether an edition of the quota standard is loaded for a product, indicator and date",
            description = "loaded=false names the missing edition (missingEdition, missingBefore, message): the figure"
                    + " is then for the inspector to grade by that edition; the next edition is never applied backwards."
                    + " An unknown product or indicator is a 422.")
    EditionAvailability edition(
            @RequestParam String product, @RequestParam String indicator, @RequestParam LocalDate date) {
        return QuotaGrading.standard().availability(product, indicator, date);
    }
}
