package cn.energyinspect.app.enterprise;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.region.RegionMapper;
import cn.energyinspect.app.region.RegionRow;
import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import cn.energyinspect.rules.identifier.UsccCheck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks an {@link EnterpriseForm} and lists every bad field at once: required fields, the 统一社会信用代码 check
 * character (rules module, GB 32100-2015), a region that exists and is a county, a GB/T 4754 industry code, and
 * plausible energy figures.
 */
@Component
class EnterpriseValidation {
    /** GB/T 4754: a section letter A–T, then a division (2 digits), group (3) or class (4). */
    private static final Pattern INDUSTRY = Pattern.compile("[A-T](\\d{2}|\\d{3}|\\d{4})");

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]{5,32}");

    private final RegionMapper regions;

    EnterpriseValidation(RegionMapper regions) {
        this.regions = regions;
    }

    List<FieldError> check(EnterpriseForm form, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        if (creating) {
            checkUscc(form.uscc(), errors);
        }
        if (isBlank(form.name())) {
            errors.add(new FieldError("name", "必填"));
        } else if (form.name().length() > 200) {
            errors.add(new FieldError("name", "不能超过 200 个字符"));
        }
        checkRegion(form.regionCode(), errors);
        if (isBlank(form.industryCode())) {
            errors.add(new FieldError("industryCode", "必填"));
        } else if (!INDUSTRY.matcher(form.industryCode()).matches()) {
            errors.add(new FieldError("industryCode", "不是有效的国民经济行业分类代码（GB/T 4754，例如 C3011）"));
        }
        if (form.address() != null && form.address().length() > 300) {
            errors.add(new FieldError("address", "不能超过 300 个字符"));
        }
        checkEnergy(form, errors);
        if (form.contactName() != null && form.contactName().length() > 64) {
            errors.add(new FieldError("contactName", "不能超过 64 个字符"));
        }
        if (!isBlank(form.contactPhone()) && !PHONE.matcher(form.contactPhone()).matches()) {
            errors.add(new FieldError("contactPhone", "不是有效的电话号码"));
        }
        if (!creating && form.version() == null) {
            errors.add(new FieldError("version", "修改时必须提供读取时的版本号"));
        }
        return errors;
    }

    private static void checkUscc(String uscc, List<FieldError> errors) {
        if (isBlank(uscc)) {
            errors.add(new FieldError("uscc", "必填"));
            return;
        }
        UsccCheck check = UnifiedSocialCreditCode.check(uscc);
        if (!check.valid()) {
            errors.add(new FieldError("uscc", "统一社会信用代码无效：" + String.join("；", check.errors())));
        }
    }

    private void checkRegion(String code, List<FieldError> errors) {
        if (isBlank(code)) {
            errors.add(new FieldError("regionCode", "必填"));
            return;
        }
        Optional<RegionRow> region = code.matches("\\d{6}") ? regions.find(code) : Optional.empty();
        if (region.isEmpty()) {
            errors.add(new FieldError("regionCode", "行政区划代码 " + code + " 不存在"));
        } else if (!region.get().isCounty()) {
            errors.add(new FieldError("regionCode", region.get().name() + "（" + code + "）不是县级行政区划，企业须登记到县级"));
        }
    }

    private static void checkEnergy(EnterpriseForm form, List<FieldError> errors) {
        BigDecimal tce = form.annualEnergyTce();
        if (tce != null && tce.signum() < 0) {
            errors.add(new FieldError("annualEnergyTce", "不能为负数"));
        } else if (tce != null && tce.compareTo(new BigDecimal("999999999999")) > 0) {
            errors.add(new FieldError("annualEnergyTce", "数值过大"));
        }
        if (tce != null && form.energyYear() == null) {
            errors.add(new FieldError("energyYear", "填写年综合能耗时必须注明年份"));
        }
        if (form.energyYear() != null && (form.energyYear() < 2000 || form.energyYear() > 2100)) {
            errors.add(new FieldError("energyYear", "年份须在 2000 至 2100 之间"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
