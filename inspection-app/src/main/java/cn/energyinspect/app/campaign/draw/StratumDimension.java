package cn.energyinspect.app.campaign.draw;

import java.util.function.Function;

/** What a stratum is formed by; the stratum key joins the values in the order the parameters list them. */
public enum StratumDimension {
    COUNTY(Candidate::countyCode),
    INDUSTRY(Candidate::industryCode),
    RISK_CLASS(Candidate::riskClass);

    private final Function<Candidate, String> value;

    StratumDimension(Function<Candidate, String> value) {
        this.value = value;
    }

    String of(Candidate candidate) {
        return value.apply(candidate);
    }
}
