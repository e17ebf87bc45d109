package cn.energyinspect.app.approval;

import cn.energyinspect.app.approval.capacity.CapacityPlanForm;
import cn.energyinspect.app.approval.capacity.CapacityPreCheck;
import cn.energyinspect.app.approval.whitelist.WhiteListForm;
import cn.energyinspect.app.approval.whitelist.WhiteListPreCheck;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.region.RegionMapper;
import cn.energyinspect.app.region.RegionRow;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.rules.basis.InvalidInputException;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.rules.capacity.DoubleUse;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The pre-check of either programme on a form, with the register and the holds it needs; run on every save. */
@Component
class PreChecks {
    private final ApprovalMapper approvals;
    private final Holds holds;
    private final ApprovalProperties properties;
    private final RegionMapper regions;
    private final BusinessTime time;

    PreChecks(
            ApprovalMapper approvals,
            Holds holds,
            ApprovalProperties properties,
            RegionMapper regions,
            BusinessTime time) {
        this.approvals = approvals;
        this.holds = holds;
        this.properties = properties;
        this.regions = regions;
        this.time = time;
    }

    /** The form's missing or malformed fields (a draft may have them; a submission may not). */
    List<FieldError> incomplete(Object form) {
        return switch (form) {
            case CapacityPlanForm plan -> CapacityPreCheck.incomplete(plan);
            case WhiteListForm application -> WhiteListPreCheck.incomplete(application);
            default -> throw new IllegalArgumentException("not an approval form: " + form);
        };
    }

    /** Runs the pre-check on {@code form} of the application {@code id} (0 when not saved yet) on today's date. */
    PreCheckView run(Object form, long id, String number, String enterpriseUscc) {
        ApprovalProperties.Settings settings = settings(regionOf(form));
        Programme programme = form instanceof CapacityPlanForm ? Programme.CAPACITY_REPLACEMENT : Programme.WHITE_LIST;
        Holds.HoldCheck held = holds.check(enterpriseUscc, settings.holdEffect(programme));
        List<FieldError> missing = incomplete(form);
        if (!missing.isEmpty()) {
            return CapacityPreCheck.incompleteView(missing, held, time.today());
        }
        try {
            return switch (form) {
                case CapacityPlanForm plan ->
                    CapacityPreCheck.check(plan, id, number, time.today(), register(plan), held);
                case WhiteListForm application -> WhiteListPreCheck.check(application, settings, time.today(), held);
                default -> throw new IllegalArgumentException("not an approval form: " + form);
            };
        } catch (InvalidInputException e) {
            return CapacityPreCheck.incompleteView(CapacityPreCheck.fieldErrors(e), held, time.today());
        }
    }

    /** The lines of other pending or approved plans that this plan's lines match. */
    List<DoubleUse.UsedLine> register(CapacityPlanForm plan) {
        Set<String> keys = new java.util.HashSet<>();
        CapacityPreCheck.lines(plan).forEach(line -> keys.add(line.key()));
        if (keys.isEmpty()) {
            return List.of();
        }
        return approvals.usedLines(keys, ApplicationStatus.holdingLines()).stream()
                .map(row -> new DoubleUse.UsedLine(
                        new DoubleUse.Line(row.ownerUscc(), row.lineName()),
                        row.applicationId(),
                        row.applicationNumber(),
                        row.status()))
                .toList();
    }

    ApprovalProperties.Settings settings(String regionCode) {
        String province = regionCode == null || !RegionCodes.isWellFormed(regionCode)
                ? "000000"
                : RegionCodes.provinceOf(regionCode);
        String name = regions.find(province).map(RegionRow::name).orElse("省级");
        return properties.forProvince(province, name);
    }

    static String regionOf(Object form) {
        return switch (form) {
            case CapacityPlanForm plan -> plan.regionCode();
            case WhiteListForm application -> application.regionCode();
            default -> null;
        };
    }
}
