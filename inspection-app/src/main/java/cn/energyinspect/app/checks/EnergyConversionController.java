package cn.energyinspect.app.checks;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.energy.ConversionResult;
import cn.energyinspect.rules.energy.ElectricityBasis;
import cn.energyinspect.rules.energy.EnergyAccounting;
import cn.energyinspect.rules.energy.EnergyQuantity;
import cn.energyinspect.rules.energy.ItemResult;
import cn.energyinspect.rules.energy.KeyUnitStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** GB/T 2589-2020 conversion of energy quantities to tonnes of standard coal, and the key-unit classification. */
@RestController
@RequestMapping("/api/v1/checks")
@Tag(name = "checks", description = "能耗、限额、设备与产能置换核查")
class EnergyConversionController {

    record Item(String energyType, Double quantity, String unit, Double measuredCoefficientKgce) {}

    /**
     * @param electricityBasis {@code EQUIVALENT} (当量值, default) or {@code EQUAL_VALUE} (等价值, needs the year's
     *     coefficient)
     */
    record Request(List<Item> items, String electricityBasis, Double equalValueCoefficient) {}

    record ItemResponse(
            String energyType,
            String name,
            BigDecimal quantity,
            String unit,
            BigDecimal coefficient,
            String coefficientOrigin,
            BigDecimal tce,
            Basis basis) {
        static ItemResponse of(ItemResult item) {
            return new ItemResponse(
                    item.energyType(),
                    item.name(),
                    item.quantity(),
                    item.unit(),
                    item.coefficientKgcePerUnit(),
                    item.origin().name(),
                    item.tce(),
                    item.basis());
        }
    }

    record Response(
            BigDecimal totalTce,
            String electricityBasis,
            List<ItemResponse> items,
            KeyUnitStatus keyEnergyUnit,
            List<Basis> keyEnergyUnitBasis,
            String confidence) {}

    @PostMapping("/energy-conversion")
    @Operation(summary = "Convert energy quantities to tce (GB/T 2589-2020) and classify the key-energy-unit status")
    Response convert(@RequestBody Request request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.items() == null || request.items().isEmpty()) {
            errors.add(new FieldError("items", "至少需要一项能源"));
        }
        ElectricityBasis basis = electricityBasis(request.electricityBasis(), errors);
        List<EnergyQuantity> quantities = new ArrayList<>();
        if (request.items() != null) {
            for (int i = 0; i < request.items().size(); i++) {
                Item item = request.items().get(i);
                if (item == null || item.quantity() == null) {
                    errors.add(new FieldError("items[" + i + "].quantity", "必填"));
                    continue;
                }
                quantities.add(new EnergyQuantity(
                        item.energyType(), item.quantity(), item.unit(), item.measuredCoefficientKgce()));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        ConversionResult result =
                EnergyAccounting.standard().convert(quantities, basis, request.equalValueCoefficient());
        return new Response(
                result.totalTce(),
                request.electricityBasis() == null ? "EQUIVALENT" : request.electricityBasis(),
                result.items().stream().map(ItemResponse::of).toList(),
                result.keyEnergyUnit().status(),
                result.keyEnergyUnit().basis(),
                result.confidence().name());
    }

    private static ElectricityBasis electricityBasis(String value, List<FieldError> errors) {
        if (value == null || value.equals("EQUIVALENT") || value.equals("EQUIVALENT_VALUE")) {
            return ElectricityBasis.EQUIVALENT_VALUE;
        }
        if (value.equals("EQUAL_VALUE")) {
            return ElectricityBasis.EQUAL_VALUE;
        }
        errors.add(new FieldError("electricityBasis", "须为 EQUIVALENT（当量值）或 EQUAL_VALUE（等价值）"));
        return null;
    }
}
