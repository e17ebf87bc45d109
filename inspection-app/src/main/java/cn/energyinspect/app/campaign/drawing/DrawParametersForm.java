package cn.energyinspect.app.campaign.drawing;

import cn.energyinspect.app.campaign.draw.DrawParameters;
import cn.energyinspect.app.campaign.draw.StratumDimension;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks a {@link DrawRequest} field by field and turns it into the draw's {@link DrawParameters}. */
final class DrawParametersForm {
    static final int DEFAULT_EXCLUDE_MONTHS = 12;
    static final int DEFAULT_TEAM_SIZE = 2;
    static final int MAX_TEAM_SIZE = 5;
    static final int MAX_EXCLUDE_MONTHS = 60;

    private DrawParametersForm() {}

    /** @param ownQuota what the plan's agency draws itself; the single stratum's count when nothing else is given */
    static DrawParameters parameters(DrawRequest request, LocalDate drawDate, int ownQuota) {
        DrawRequest r = request == null ? new DrawRequest(null, null, null, null, null) : request;
        List<FieldError> errors = new ArrayList<>();
        List<StratumDimension> dimensions = new ArrayList<>();
        for (String name : r.stratifyBy() == null ? List.<String>of() : r.stratifyBy()) {
            try {
                dimensions.add(StratumDimension.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new FieldError(
                        "stratifyBy",
                        "未知的分层维度 " + name + "，可选："
                                + Arrays.stream(StratumDimension.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining("、"))));
            }
        }
        if (dimensions.stream().distinct().count() != dimensions.size()) {
            errors.add(new FieldError("stratifyBy", "同一分层维度不能重复"));
        }
        BigDecimal ratio = r.ratio();
        if (ratio != null && (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0)) {
            errors.add(new FieldError("ratio", "抽取比例须大于 0 且不超过 1"));
        }
        Map<String, Integer> counts = r.countPerStratum() == null ? Map.of() : r.countPerStratum();
        counts.forEach((key, count) -> {
            if (count == null || count < 0) {
                errors.add(new FieldError("countPerStratum." + key, "抽取数量须为非负整数"));
            }
        });
        int months =
                r.excludeInspectedWithinMonths() == null ? DEFAULT_EXCLUDE_MONTHS : r.excludeInspectedWithinMonths();
        if (months < 0 || months > MAX_EXCLUDE_MONTHS) {
            errors.add(new FieldError("excludeInspectedWithinMonths", "须在 0 到 " + MAX_EXCLUDE_MONTHS + " 个月之间"));
        }
        int teamSize = r.teamSize() == null ? DEFAULT_TEAM_SIZE : r.teamSize();
        if (teamSize < 2 || teamSize > MAX_TEAM_SIZE) {
            errors.add(new FieldError("teamSize", "每组执法人员须为 2 到 " + MAX_TEAM_SIZE + " 人（执法人员不少于两人）"));
        }
        if (!dimensions.isEmpty() && ratio == null && counts.isEmpty()) {
            errors.add(new FieldError("ratio", "分层抽取须给出抽取比例 ratio 或各层数量 countPerStratum"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        if (dimensions.isEmpty() && ratio == null && counts.isEmpty()) {
            counts = Map.of(DrawParameters.SINGLE_STRATUM, ownQuota);
        }
        return new DrawParameters(drawDate, dimensions, ratio, counts, months, teamSize);
    }
}
