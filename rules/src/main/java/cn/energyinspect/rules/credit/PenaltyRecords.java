package cn.energyinspect.rules.credit;

import cn.energyinspect.rules.basis.DataTable;
import cn.energyinspect.rules.basis.Violation;
import cn.energyinspect.rules.credit.RecordField.Requirement;
import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import cn.energyinspect.rules.identifier.UsccCheck;
import cn.energyinspect.rules.procedure.PenaltyKind;
import cn.energyinspect.rules.procedure.PenaltyProcedure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of the 行政处罚 exchange record and the check every record passes before it is accepted: required fields
 * (some only for a category or a kind), lengths, value lists (类别, 处罚类别, 证件类型), the 统一社会信用代码 check character
 * (GB 32100), 万元 amounts and dates. A violation names the CF_* code, so a caller can show which field stops a decision.
 */
public final class PenaltyRecords {
    /** A 个体工商户 without a code carries 17 zeros and X (credit-and-documents.md A1.1 #3 [C]). */
    public static final String NO_USCC = "00000000000000000X";
    /** 证件类型 codes seen in the exchange (credit-and-documents.md A1.1 #12 [C]). */
    public static final Map<String, String> ID_TYPES =
            Map.of("01", "身份证", "02", "护照", "03", "港澳居民来往内地通行证", "04", "台湾居民来往大陆通行证", "05", "外国人永久居留身份证");

    private static final PenaltyRecords STANDARD = load();

    private final Map<String, RecordField> fields;
    private final Set<String> kindNames;

    private PenaltyRecords(Map<String, RecordField> fields, Set<String> kindNames) {
        this.fields = fields;
        this.kindNames = kindNames;
    }

    public static PenaltyRecords standard() {
        return STANDARD;
    }

    /** The fields in the standard's order. */
    public List<RecordField> fields() {
        return List.copyOf(fields.values());
    }

    public RecordField field(String code) {
        RecordField field = fields.get(code);
        if (field == null) {
            throw new IllegalArgumentException("no CF field " + code);
        }
        return field;
    }

    /**
     * Every problem of the record, each naming its CF_* code; empty when the record may be accepted.
     *
     * @param asOf the day of the check: a decision cannot be dated after it
     */
    public List<Violation> check(PenaltyRecord record, LocalDate asOf) {
        List<Violation> problems = new ArrayList<>();
        Map<String, Object> values = values(record);
        PartyCategory category = PartyCategory.ofValue(record.partyCategory()).orElse(null);
        if (record.partyCategory() != null && !record.partyCategory().isBlank() && category == null) {
            problems.add(problem("CF_XDR_LB", "取值应为 法人及非法人组织、自然人 或 个体工商户"));
        }
        Set<Requirement> applying = applying(record, category);
        for (RecordField field : fields.values()) {
            Object value = values.get(field.code());
            boolean empty = value == null || (value instanceof String s && s.isBlank());
            if (empty) {
                if (applying.contains(field.required())) {
                    problems.add(problem(field.code(), "必填"));
                }
                continue;
            }
            if (value instanceof String text
                    && field.type() == RecordField.Type.TEXT
                    && text.length() > field.maxLength()) {
                problems.add(problem(field.code(), "不能超过 " + field.maxLength() + " 个字符（现为 " + text.length() + " 个）"));
            }
        }
        checkCodes(record, category, problems);
        checkKinds(record, problems);
        checkAmount("CF_NR_FK", record.fineTenThousandYuan(), problems);
        checkAmount("CF_NR_WFFF", record.confiscatedTenThousandYuan(), problems);
        checkDates(record, asOf, problems);
        return List.copyOf(problems);
    }

    /** Every field's value by CF_* code, typed (text, {@link LocalDate}, {@link BigDecimal}), in the standard's order. */
    public Map<String, Object> values(PenaltyRecord record) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("CF_XDR_MC", record.partyName());
        values.put("CF_XDR_LB", record.partyCategory());
        values.put("CF_XDR_SHXYM", record.partyUscc());
        values.put("CF_XDR_GSZC", record.registrationNumber());
        values.put("CF_XDR_ZZJG", record.organisationCode());
        values.put("CF_XDR_SWDJ", record.taxNumber());
        values.put("CF_XDR_SYDW", null);
        values.put("CF_XDR_SHZZ", null);
        values.put("CF_FRDB", record.legalRepresentative());
        values.put("CF_FR_ZJLX", record.legalRepresentativeIdType());
        values.put("CF_FR_ZJHM", record.legalRepresentativeIdNumber());
        values.put("CF_XDR_ZJLX", record.personIdType());
        values.put("CF_XDR_ZJHM", record.personIdNumber());
        values.put("CF_WSH", record.decisionNumber());
        values.put("CF_WFXW", record.violationType());
        values.put("CF_SY", record.facts());
        values.put("CF_YJ", record.legalBasis());
        values.put("CF_CFLB", record.kinds().isEmpty() ? null : String.join(";", record.kinds()));
        values.put("CF_NR", record.content());
        values.put("CF_NR_FK", record.fineTenThousandYuan());
        values.put("CF_NR_WFFF", record.confiscatedTenThousandYuan());
        values.put("CF_NR_ZKDX", record.licence());
        values.put("CF_JDRQ", record.decidedOn());
        values.put("CF_YXQ", record.validUntil());
        values.put("CF_GSJZQ", record.publicUntil());
        values.put("CF_CFJG", record.authority());
        values.put("CF_CFJGDM", record.authorityUscc());
        values.put("CF_SJLY", record.dataSource());
        values.put("CF_SJLYDM", record.dataSourceUscc());
        values.put("BZ", record.remarks());
        if (!values.keySet().equals(fields.keySet())) {
            throw new IllegalStateException("record fields out of step with penalty-record-fields.csv");
        }
        return values;
    }

    /** The fields the public page may show (no identity number, ever), in the standard's order. */
    public Map<String, Object> publicValues(PenaltyRecord record) {
        Map<String, Object> all = values(record);
        Map<String, Object> shown = new LinkedHashMap<>();
        fields.values().stream().filter(RecordField::published).forEach(f -> shown.put(f.code(), all.get(f.code())));
        return Collections.unmodifiableMap(shown);
    }

    /**
     * Every field as the exchange file writes it: text as is, dates {@code yyyy-MM-dd}, amounts in 万元 with 6 decimals,
     * empty fields as empty strings.
     */
    public Map<String, String> exchangeValues(PenaltyRecord record) {
        Map<String, String> out = new LinkedHashMap<>();
        values(record).forEach((code, value) -> out.put(code, format(value)));
        return out;
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.setScale(6, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        return value.toString();
    }

    private Set<Requirement> applying(PenaltyRecord record, PartyCategory category) {
        Set<Requirement> applying = new java.util.HashSet<>(Set.of(Requirement.YES));
        if (category == PartyCategory.ORGANISATION || category == PartyCategory.SELF_EMPLOYED) {
            applying.add(Requirement.ORGANISATION);
        }
        if (category == PartyCategory.PERSON) {
            applying.add(Requirement.PERSON);
        }
        if (category == PartyCategory.SELF_EMPLOYED && NO_USCC.equals(record.partyUscc())) {
            applying.add(Requirement.SELF_EMPLOYED_WITHOUT_USCC);
        }
        List<PenaltyKind> kinds = kindsOf(record);
        if (kinds.stream().anyMatch(PenaltyKind::isFine)) {
            applying.add(Requirement.FINE);
        }
        if (kinds.stream().anyMatch(PenaltyKind::isConfiscation)) {
            applying.add(Requirement.CONFISCATION);
        }
        if (kinds.stream().anyMatch(PenaltyKind::concernsLicence)) {
            applying.add(Requirement.LICENCE);
        }
        return applying;
    }

    private static List<PenaltyKind> kindsOf(PenaltyRecord record) {
        PenaltyProcedure procedure = PenaltyProcedure.standard();
        return record.kinds().stream()
                .map(name -> procedure.kinds().stream()
                        .filter(k -> k.name().equals(name))
                        .findFirst())
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    private void checkCodes(PenaltyRecord record, PartyCategory category, List<Violation> problems) {
        String uscc = record.partyUscc();
        if (uscc != null && !uscc.isBlank()) {
            boolean placeholder = category == PartyCategory.SELF_EMPLOYED && NO_USCC.equals(uscc);
            if (!placeholder) {
                usccProblem("CF_XDR_SHXYM", uscc, problems);
            }
        }
        usccProblem("CF_CFJGDM", record.authorityUscc(), problems);
        usccProblem("CF_SJLYDM", record.dataSourceUscc(), problems);
        for (String[] id : new String[][] {
            {"CF_XDR_ZJLX", record.personIdType()}, {"CF_FR_ZJLX", record.legalRepresentativeIdType()}
        }) {
            if (id[1] != null && !id[1].isBlank() && !ID_TYPES.containsKey(id[1])) {
                problems.add(problem(id[0], "取值应为 01 至 05（" + String.join("、", ID_TYPES.values()) + "）"));
            }
        }
    }

    private void usccProblem(String code, String value, List<Violation> problems) {
        if (value == null || value.isBlank()) {
            return;
        }
        UsccCheck check = UnifiedSocialCreditCode.check(value);
        if (!check.valid()) {
            problems.add(problem(code, "统一社会信用代码无效：" + String.join("；", check.errors())));
        }
    }

    private void checkKinds(PenaltyRecord record, List<Violation> problems) {
        List<String> unknown = record.kinds().stream()
                .filter(name -> !kindNames.contains(name))
                .toList();
        if (!unknown.isEmpty()) {
            problems.add(problem("CF_CFLB", "不是行政处罚法第九条规定的处罚类别：" + String.join("、", unknown)));
        }
        if (record.kinds().stream().distinct().count() != record.kinds().size()) {
            problems.add(problem("CF_CFLB", "处罚类别重复"));
        }
    }

    private void checkAmount(String code, BigDecimal amount, List<Violation> problems) {
        if (amount == null) {
            return;
        }
        if (amount.signum() <= 0) {
            problems.add(problem(code, "金额应大于 0（单位：万元）"));
        } else if (amount.stripTrailingZeros().scale() > 6 || amount.precision() - amount.scale() > 12) {
            problems.add(problem(code, "金额以万元计，最多 12 位整数、6 位小数"));
        }
    }

    private void checkDates(PenaltyRecord record, LocalDate asOf, List<Violation> problems) {
        LocalDate decided = record.decidedOn();
        if (decided != null && decided.isAfter(asOf)) {
            problems.add(problem("CF_JDRQ", "处罚决定日期不能晚于今天（" + asOf + "）"));
        }
        if (decided != null
                && record.validUntil() != null
                && record.validUntil().isBefore(decided)) {
            problems.add(problem("CF_YXQ", "处罚有效期不能早于处罚决定日期"));
        }
        if (decided != null
                && record.publicUntil() != null
                && record.publicUntil().isBefore(decided)) {
            problems.add(problem("CF_GSJZQ", "公示截止期不能早于处罚决定日期"));
        }
    }

    /** A violation naming the field by its code, the message prefixed with the field's Chinese name. */
    private Violation problem(String code, String message) {
        RecordField field = fields.get(code);
        return new Violation(code, (field != null ? field.name() : code) + "：" + message);
    }

    private static PenaltyRecords load() {
        Map<String, RecordField> fields = new LinkedHashMap<>();
        for (DataTable.Row row :
                DataTable.load("/rules/credit/penalty-record-fields.csv").rows()) {
            fields.put(
                    row.get("code"),
                    new RecordField(
                            row.get("code"),
                            row.get("name"),
                            RecordField.Type.valueOf(row.get("type")),
                            Integer.parseInt(row.get("max_length")),
                            Requirement.valueOf(row.get("required")),
                            Boolean.parseBoolean(row.get("public")),
                            row.basis()));
        }
        Set<String> kindNames = PenaltyProcedure.standard().kinds().stream()
                .map(PenaltyKind::name)
                .collect(Collectors.toUnmodifiableSet());
        return new PenaltyRecords(Collections.unmodifiableMap(fields), kindNames);
    }
}
