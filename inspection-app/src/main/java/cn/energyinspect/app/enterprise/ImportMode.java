package cn.energyinspect.app.enterprise;

import cn.energyinspect.app.refusal.Refusal;
import java.util.Arrays;

/** What an import does with its file: only check it, import it only if every row is valid, or import the valid rows. */
enum ImportMode {
    VALIDATE("validate"),
    ALL("all"),
    VALID_ONLY("validOnly");

    private final String parameter;

    ImportMode(String parameter) {
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    static ImportMode of(String parameter) {
        return Arrays.stream(values())
                .filter(m -> m.parameter.equals(parameter))
                .findFirst()
                .orElseThrow(() -> Refusal.invalid("mode", "须为 validate、all 或 validOnly"));
    }
}
