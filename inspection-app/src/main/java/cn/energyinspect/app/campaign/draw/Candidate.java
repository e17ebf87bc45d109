package cn.energyinspect.app.campaign.draw;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One enterprise of the 检查对象名录库 as it stood at the moment of the draw.
 *
 * @param lastInspectedOn the date of the last inspection, {@code null} if never inspected
 * @param named a named target (e.g. a key energy-using unit in the plan): included without draw
 */
public record Candidate(
        String uscc,
        String name,
        String countyCode,
        String industryCode,
        String riskClass,
        LocalDate lastInspectedOn,
        boolean named) {

    public Candidate {
        Codes.uscc(uscc);
        Objects.requireNonNull(name, "name");
        Codes.code("countyCode", countyCode);
        Codes.code("industryCode", industryCode);
        Codes.code("riskClass", riskClass);
    }
}
