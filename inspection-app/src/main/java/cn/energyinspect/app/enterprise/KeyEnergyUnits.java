package cn.energyinspect.app.enterprise;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.rules.energy.EnergyAccounting;
import cn.energyinspect.rules.energy.KeyUnitStatus;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Decides the 重点用能单位 flag of a registration from the rules library (节约能源法 Art. 52): at or above the national
 * threshold an enterprise is a key unit by law; in the provincial band it is one only if the province designated it
 * (the flag sent); below, it is not. A flag that contradicts the law is an error on {@code keyEnergyUnit}.
 */
@Component
class KeyEnergyUnits {
    boolean decide(EnterpriseForm form, List<FieldError> errors) {
        if (form.annualEnergyTce() == null || form.annualEnergyTce().signum() < 0) {
            return Boolean.TRUE.equals(form.keyEnergyUnit());
        }
        KeyUnitStatus status = EnergyAccounting.standard()
                .classifyKeyUnit(form.annualEnergyTce().doubleValue())
                .status();
        return switch (status) {
            case YES -> {
                if (Boolean.FALSE.equals(form.keyEnergyUnit())) {
                    errors.add(new FieldError("keyEnergyUnit", "年综合能耗达到国家标准的单位依法为重点用能单位，不能标记为否"));
                }
                yield true;
            }
            case IF_DESIGNATED -> Boolean.TRUE.equals(form.keyEnergyUnit());
            case NO -> {
                if (Boolean.TRUE.equals(form.keyEnergyUnit())) {
                    errors.add(new FieldError("keyEnergyUnit", "年综合能耗低于省级指定下限，不能标记为重点用能单位"));
                }
                yield false;
            }
        };
    }
}
