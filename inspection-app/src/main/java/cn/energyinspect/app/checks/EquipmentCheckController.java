package cn.energyinspect.app.checks;

import cn.energyinspect.rules.equipment.EquipmentConformity;
import cn.energyinspect.rules.equipment.EquipmentQuery;
import cn.energyinspect.rules.equipment.EquipmentResult;
import cn.energyinspect.rules.equipment.EquipmentTypeInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Equipment conformity: energy-efficiency grade against the mandatory standard (GB 18613 motors, GB 20052
 * transformers, GB 19761 fans, GB 19762 pumps, GB 19153 air compressors, GB 24500 industrial boilers, GB 40879 data
 * centres) and the elimination catalogues. The request is the rules library's {@link EquipmentQuery}; bad input is a 422
 * naming each field, a verdict ("below the limit value", "eliminated", "no values loaded: the inspector grades it") is
 * data in a 200.
 */
@RestController
@RequestMapping("/api/v1/checks")
@Tag(name = "checks")
class EquipmentCheckController {

    @PostMapping("/equipment")
    @Operation(
            summary =
                    "Grade a motor, transformer, fan, pump, air compressor, boiler or data centre and check it against"
                            + " the elimination catalogues",
            description =
                    "The fields each type needs are listed by GET /api/v1/checks/equipment/types. date selects the"
                            + " standard's edition; a date whose edition has no values loaded answers efficiency"
                            + " NO_VALUES_LOADED (to be graded by the inspector), never the next edition's values.")
    EquipmentResult check(@RequestBody EquipmentQuery query) {
        return EquipmentConformity.standard().check(query);
    }

    @GetMapping("/equipment/types")
    @Operation(
            summary = "The equipment types that can be checked, with their Chinese names, the editions of their"
                    + " standards and the fields each needs")
    List<EquipmentTypeInfo> types() {
        return EquipmentConformity.standard().types();
    }
}
