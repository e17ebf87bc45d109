package cn.energyinspect.app.admin.agencies;

import cn.energyinspect.app.admin.AdminScope;
import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyCodes;
import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.region.RegionMapper;
import cn.energyinspect.app.region.RegionRow;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.rules.basis.RegionCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies of an administrator's region as a tree over the GB/T 2260 regions (an agency hangs under the agency of
 * the nearest region above it), created and changed with their 代字, address, phone and seal text. One agency per
 * region: case and document numbers are allocated per agency, and the region's cases belong to it.
 */
@Service
public class AgencyAdministration {
    static final String ENTITY = "agency";
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]{5,32}");
    private static final Pattern ABBREVIATION = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{2,16}");

    private final AgencyAdminMapper agencies;
    private final RegionMapper regions;
    private final AdminScope scope;
    private final AuditLog audit;

    AgencyAdministration(AgencyAdminMapper agencies, RegionMapper regions, AdminScope scope, AuditLog audit) {
        this.agencies = agencies;
        this.regions = regions;
        this.scope = scope;
        this.audit = audit;
    }

    /** The tree of the administrator's region: roots are the agencies with no agency of a region above them. */
    @Transactional(readOnly = true)
    public List<AgencyNode> tree(CurrentUser admin) {
        List<AgencyAdminMapper.AgencyDetail> rows = agencies.within(scope.prefix(admin));
        Map<String, AgencyAdminMapper.AgencyDetail> byRegion = new HashMap<>();
        rows.forEach(r -> byRegion.putIfAbsent(r.regionCode(), r));
        Map<Long, List<AgencyAdminMapper.AgencyDetail>> children = new HashMap<>();
        List<AgencyAdminMapper.AgencyDetail> roots = new ArrayList<>();
        for (AgencyAdminMapper.AgencyDetail row : rows) {
            AgencyAdminMapper.AgencyDetail parent = parentOf(row, byRegion);
            if (parent == null) {
                roots.add(row);
            } else {
                children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(row);
            }
        }
        return roots.stream().map(r -> node(r, children)).toList();
    }

    @Transactional(readOnly = true)
    public AgencyNode get(long id, CurrentUser admin) {
        AgencyAdminMapper.AgencyDetail row = visible(id, admin);
        return new AgencyNode(
                row.id(),
                row.name(),
                row.regionCode(),
                row.regionName(),
                row.tier(),
                code(row),
                row.abbreviation(),
                row.address(),
                row.phone(),
                row.sealText(),
                row.version(),
                row.users(),
                List.of());
    }

    @Transactional
    public AgencyNode create(AgencyForm form, CurrentUser admin) {
        scope.requireAdministrator(admin);
        List<FieldError> errors = checkFields(form);
        RegionRow region = null;
        if (blank(form.regionCode())) {
            errors.add(new FieldError("regionCode", "必填"));
        } else if (!RegionCodes.isWellFormed(form.regionCode())) {
            errors.add(new FieldError("regionCode", "须为 6 位行政区划代码"));
        } else {
            region = regions.find(form.regionCode()).orElse(null);
            if (region == null) {
                errors.add(new FieldError("regionCode", "不是有效的行政区划代码（GB/T 2260）"));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        scope.requireWithin(admin, region.code(), "行政区划");
        if (agencies.regionTaken(region.code())) {
            throw new Refusal(
                    Refusal.Kind.DUPLICATE,
                    region.name() + "已有监察机构：每个行政区划只设一个机构",
                    List.of(new FieldError("regionCode", "该行政区划已有监察机构")));
        }
        requireNameFree(form.name().strip(), null);
        var row = new AgencyAdminMapper.NewAgency(
                form.name().strip(),
                region.code(),
                Agency.Tier.valueOf(region.level()),
                trim(form.address()),
                trim(form.phone()),
                trim(form.sealText()));
        agencies.insert(row);
        if (!blank(form.abbreviation())) {
            agencies.setAbbreviation(row.id, form.abbreviation().strip());
        }
        AgencyNode created = get(row.id, admin);
        audit.record(null, ENTITY, row.id, "AGENCY_CREATED", admin.username(), null, created);
        return created;
    }

    @Transactional
    public AgencyNode update(long id, AgencyForm form, CurrentUser admin) {
        AgencyNode before = get(id, admin);
        List<FieldError> errors = checkFields(form);
        if (form.version() == null) {
            errors.add(new FieldError("version", "必填：修改须带上读取时的版本号"));
        }
        if (form.regionCode() != null && !form.regionCode().equals(before.regionCode())) {
            errors.add(new FieldError("regionCode", "机构的行政区划不能修改（案件和文书按机构编号）"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        requireNameFree(form.name().strip(), id);
        int changed = agencies.update(
                id,
                form.version(),
                form.name().strip(),
                trim(form.address()),
                trim(form.phone()),
                trim(form.sealText()));
        if (changed == 0) {
            throw new Refusal(Refusal.Kind.STALE_VERSION, "机构信息已被他人修改，请刷新后重试");
        }
        if (blank(form.abbreviation())) {
            agencies.clearAbbreviation(id);
        } else {
            agencies.setAbbreviation(id, form.abbreviation().strip());
        }
        AgencyNode after = get(id, admin);
        audit.record(null, ENTITY, id, "AGENCY_UPDATED", admin.username(), before, after);
        return after;
    }

    private AgencyAdminMapper.AgencyDetail visible(long id, CurrentUser admin) {
        scope.requireAdministrator(admin);
        return agencies.find(id)
                .filter(a -> admin.jurisdiction().coversRegion(a.regionCode()))
                .orElseThrow(() -> Refusal.notFound("监察机构"));
    }

    private void requireNameFree(String name, Long exceptId) {
        if (agencies.nameTaken(name, exceptId)) {
            throw new Refusal(
                    Refusal.Kind.DUPLICATE, "已有同名的监察机构：" + name, List.of(new FieldError("name", "已有同名的监察机构")));
        }
    }

    private static List<FieldError> checkFields(AgencyForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(form.name())) {
            errors.add(new FieldError("name", "必填"));
        } else if (form.name().strip().length() > 128) {
            errors.add(new FieldError("name", "不能超过 128 个字符"));
        }
        if (!blank(form.abbreviation())
                && !ABBREVIATION.matcher(form.abbreviation().strip()).matches()) {
            errors.add(new FieldError("abbreviation", "代字为 2–16 个汉字、字母或数字，例如 杭西节监"));
        }
        if (form.address() != null && form.address().strip().length() > 300) {
            errors.add(new FieldError("address", "不能超过 300 个字符"));
        }
        if (!blank(form.phone()) && !PHONE.matcher(form.phone().strip()).matches()) {
            errors.add(new FieldError("phone", "不是有效的电话号码"));
        }
        if (form.sealText() != null && form.sealText().strip().length() > 64) {
            errors.add(new FieldError("sealText", "不能超过 64 个字符"));
        }
        return errors;
    }

    private static AgencyNode node(
            AgencyAdminMapper.AgencyDetail row, Map<Long, List<AgencyAdminMapper.AgencyDetail>> children) {
        List<AgencyNode> kids = children.getOrDefault(row.id(), List.of()).stream()
                .map(child -> node(child, children))
                .toList();
        return new AgencyNode(
                row.id(),
                row.name(),
                row.regionCode(),
                row.regionName(),
                row.tier(),
                code(row),
                row.abbreviation(),
                row.address(),
                row.phone(),
                row.sealText(),
                row.version(),
                row.users(),
                kids);
    }

    /** The agency of the nearest region above (a county's city, a city's province), if that agency is listed. */
    private static AgencyAdminMapper.AgencyDetail parentOf(
            AgencyAdminMapper.AgencyDetail row, Map<String, AgencyAdminMapper.AgencyDetail> byRegion) {
        String code = row.regionCode();
        for (String above : List.of(code.substring(0, 4) + "00", code.substring(0, 2) + "0000")) {
            if (!above.equals(code)) {
                AgencyAdminMapper.AgencyDetail parent = byRegion.get(above);
                if (parent != null && parent != row) {
                    return parent;
                }
            }
        }
        return null;
    }

    private static String code(AgencyAdminMapper.AgencyDetail row) {
        return row.abbreviation() != null
                ? row.abbreviation()
                : AgencyCodes.defaultCode(new Agency(row.id(), row.name(), row.regionCode(), row.tier()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
