package cn.energyinspect.app.approval;

import cn.energyinspect.app.approval.ApprovalProperties.HoldEffect;
import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.time.BusinessTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one hold check of every programme (programmes.md §8): an enterprise with an open violation — an inspection case
 * not ended, a rectification overdue, a penalty not performed — is held. Asked at submission and again at every review
 * step; what a hold does (refuse the step, or only show it) is the province's setting per programme.
 */
@Component
public class Holds {
    private final List<OpenViolations> sources;
    private final BusinessTime time;

    Holds(List<OpenViolations> sources, BusinessTime time) {
        this.sources = List.copyOf(sources);
        this.time = time;
    }

    /** One hold as a person reads it. */
    public record Hold(String kind, String kindName, Long caseId, String reference, LocalDate since, String text) {}

    /** The holds of an enterprise and what they do to this programme's applications. */
    public record HoldCheck(List<Hold> holds, HoldEffect effect, String effectName, boolean blocks) {}

    public HoldCheck check(String enterpriseUscc, HoldEffect effect) {
        LocalDate today = time.today();
        List<Hold> holds = new ArrayList<>();
        for (OpenViolations source : sources) {
            for (OpenViolations.Violation v : source.of(enterpriseUscc, today)) {
                String kindName = DisplayNames.of(DisplayNames.Category.HOLD_KIND, v.kind());
                holds.add(new Hold(
                        v.kind(), kindName, v.caseId(), v.reference(), v.since(), kindName + "：" + v.reference()));
            }
        }
        return new HoldCheck(
                List.copyOf(holds),
                effect,
                DisplayNames.of(DisplayNames.Category.HOLD_EFFECT, effect.name()),
                effect == HoldEffect.BLOCK && !holds.isEmpty());
    }

    /** Refuses the step ({@code what}, e.g. 提交) while a blocking hold exists: 409 naming each case. */
    public HoldCheck require(String enterpriseUscc, HoldEffect effect, String what) {
        HoldCheck check = check(enterpriseUscc, effect);
        if (check.blocks()) {
            String named =
                    String.join("；", check.holds().stream().map(Hold::text).toList());
            throw new Refusal(
                    Refusal.Kind.STATE_CONFLICT,
                    "企业存在未了结的违法违规事项，不能" + what + "：" + named,
                    List.of(),
                    Map.of("holds", check.holds()));
        }
        return check;
    }
}
