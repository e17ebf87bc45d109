package cn.energyinspect.app.enterprise;

import cn.energyinspect.app.enterprise.EnterpriseImportReport.RowError;
import cn.energyinspect.app.enterprise.EnterpriseSheet.ParsedRow;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.spreadsheet.UploadedSheet;
import cn.energyinspect.app.spreadsheet.XlsxUploads;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Registers the enterprises of an Excel sheet. Each row is checked by the register's own rules (the same as {@link
 * EnterpriseRegister#register}), then against the other rows and the register: a code twice in the file is an error on
 * every row that has it, a code already registered is an error (the import only adds; changes go through the
 * enterprise's own update, with its version). The valid rows are registered in one transaction, each exactly as a
 * single registration.
 */
@Service
public class EnterpriseImport {
    private static final Logger log = LoggerFactory.getLogger(EnterpriseImport.class);
    /** Codes looked up in the register per query. */
    private static final int LOOKUP_CHUNK = 500;

    private final XlsxUploads uploads;
    private final EnterpriseRegister register;
    private final EnterpriseMapper enterprises;

    EnterpriseImport(XlsxUploads uploads, EnterpriseRegister register, EnterpriseMapper enterprises) {
        this.uploads = uploads;
        this.register = register;
        this.enterprises = enterprises;
    }

    public EnterpriseImportReport importFile(MultipartFile file, String modeParameter, CurrentUser user) {
        EnterpriseRegister.requireMaintainer(user);
        ImportMode mode = ImportMode.of(modeParameter);
        UploadedSheet sheet = uploads.firstSheet(file);
        EnterpriseSheet layout = EnterpriseSheet.of(sheet.header());
        List<ParsedRow> rows = sheet.rows().stream().map(layout::read).toList();
        rows.forEach(row -> checkByRegisterRules(row, user));
        markRepeatedCodes(rows);
        markRegisteredCodes(rows);
        List<EnterpriseForm> valid =
                rows.stream().filter(ParsedRow::valid).map(ParsedRow::form).toList();
        int invalid = rows.size() - valid.size();
        if (mode == ImportMode.ALL && invalid > 0) {
            log.info("E-ENTERPRISE-IMPORT-REFUSED rows={} invalid={} by={}", rows.size(), invalid, user.username());
            throw refused(report(rows, valid.size(), 0, mode));
        }
        int imported = 0;
        if (mode != ImportMode.VALIDATE && !valid.isEmpty()) {
            register.registerAll(valid, user);
            imported = valid.size();
        }
        log.info(
                "E-ENTERPRISE-IMPORT rows={} valid={} invalid={} imported={} mode={} by={}",
                rows.size(),
                valid.size(),
                invalid,
                imported,
                mode.parameter(),
                user.username());
        return report(rows, valid.size(), imported, mode);
    }

    /** The register's own problems of the row, except on a cell already found unreadable. */
    private void checkByRegisterRules(ParsedRow row, CurrentUser user) {
        register.problemsOfNew(row.form(), user).stream()
                .filter(e -> !row.hasErrorOn(e.field()))
                .forEach(row.errors()::add);
    }

    private static void markRepeatedCodes(List<ParsedRow> rows) {
        Map<String, List<Integer>> rowsByCode = rows.stream()
                .filter(r -> r.form().uscc() != null)
                .collect(Collectors.groupingBy(
                        r -> r.form().uscc(),
                        LinkedHashMap::new,
                        Collectors.mapping(ParsedRow::row, Collectors.toList())));
        for (ParsedRow row : rows) {
            List<Integer> same = rowsByCode.getOrDefault(row.form().uscc(), List.of());
            if (same.size() > 1) {
                String others = same.stream()
                        .filter(n -> n != row.row())
                        .map(String::valueOf)
                        .collect(Collectors.joining("、"));
                row.errors().add(new FieldError("uscc", "与第 " + others + " 行重复：同一文件中统一社会信用代码须唯一"));
            }
        }
    }

    private void markRegisteredCodes(List<ParsedRow> rows) {
        List<String> codes = rows.stream()
                .filter(r -> !r.hasErrorOn("uscc"))
                .map(r -> r.form().uscc())
                .distinct()
                .toList();
        Set<String> registered = new HashSet<>();
        for (int from = 0; from < codes.size(); from += LOOKUP_CHUNK) {
            registered.addAll(
                    enterprises.registeredAmong(codes.subList(from, Math.min(codes.size(), from + LOOKUP_CHUNK))));
        }
        rows.stream()
                .filter(r -> registered.contains(r.form().uscc()))
                .forEach(r -> r.errors().add(new FieldError("uscc", "已登记：企业名录中已有此统一社会信用代码（导入只新增企业，修改请在企业详情中进行）")));
    }

    private static EnterpriseImportReport report(List<ParsedRow> rows, int valid, int imported, ImportMode mode) {
        List<RowError> errors = new ArrayList<>();
        for (ParsedRow row : rows) {
            row.errors().stream()
                    .sorted(Comparator.comparingInt(e -> EnterpriseColumn.byField(e.field())
                            .map(Enum::ordinal)
                            .orElse(Integer.MAX_VALUE)))
                    .map(e -> new RowError(
                            row.row(),
                            e.field(),
                            EnterpriseColumn.byField(e.field())
                                    .map(EnterpriseColumn::title)
                                    .orElse(null),
                            e.message()))
                    .forEach(errors::add);
        }
        return new EnterpriseImportReport(rows.size(), valid, rows.size() - valid, imported, mode.parameter(), errors);
    }

    /** {@code mode=all} with invalid rows: a validation problem carrying the whole report, nothing registered. */
    private static Refusal refused(EnterpriseImportReport report) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("rows", report.rows());
        properties.put("valid", report.valid());
        properties.put("invalid", report.invalid());
        properties.put("imported", 0);
        properties.put("mode", report.mode());
        properties.put("errors", report.errors());
        return new Refusal(
                Refusal.Kind.VALIDATION_FAILED,
                "文件中有 " + report.invalid() + " 行未通过校验，未导入任何企业；请改正后重新上传，或选择只导入有效的行",
                List.of(),
                properties);
    }
}
