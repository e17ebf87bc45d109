package cn.energyinspect.app.checks;

import cn.energyinspect.rules.equipment.EquipmentConformity;
import cn.energyinspect.rules.equipment.EquipmentQuery;
import cn.energyinspect.rules.equipment.EquipmentResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Equipment conformity: energy-efficiency grade against the mandatory standard (GB 18613 motors, GB 20052
 * transformers) and the elimination catalogues. The request is the rules library's {@link EquipmentQuery}; bad input
 * is a 422 naming each field, a verdict ("below the limit value", "eliminated") is data in a 200.
 */
@RestController
@RequestMapping("/api/v1/checks")
@Tag(name = "checks")
class EquipmentCheckController {

    @PostMapping("/equipment")
    @Operation(
            summary = "Grade a motor, transformer or boiler and check it against the elimination catalogues",
            description =
                    "Motors: ratedPowerKw, poles, efficiencyPercent, model, ratedVoltageV, frameSizeMm. Transformers:"
                            + " ratedCapacityKva, voltageKv, insulation, coreMaterial, noLoadLossKw, loadLossKw. Boilers: fuel,"
                            + " capacityTph, fixedGrate. date selects the standard's edition.")
    EquipmentResult check(@RequestBody EquipmentQuery query) {
        return EquipmentConformity.standard().check(query);
    }
}
