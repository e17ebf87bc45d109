package cn.energyinspect.app.admin.credentials;

import cn.energyinspect.app.admin.AdminScope;
import cn.energyinspect.app.admin.users.UserAdministration;
import cn.energyinspect.app.admin.users.UserForm;
import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.spreadsheet.SheetRow;
import cn.energyinspect.app.spreadsheet.UploadedSheet;
import cn.energyinspect.app.spreadsheet.XlsxUploads;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a roster of inspectors (执法人员名录) from Excel: one certificate per row, for an inspector who is registered
 * or, with name and agency, created (with a temporary password to be changed at the first login). Every row is checked
 * by the same rules as a single entry plus numbers repeated in the file, and reported with Excel's row number; {@code
 * mode} validate | all | validOnly as the enterprise import.
 */
@Service
public class RosterImport {
    private static final Logger log = LoggerFactory.getLogger(RosterImport.class);

    /** The columns, by their title in the header row. */
    enum Column {
        USERNAME("登录名", "username"),
        NAME("姓名", "displayName"),
        AGENCY("所属机构", "agency"),
        PHONE("手机号", "phone"),
        NUMBER("执法证号", "certificateNo"),
        AUTHORITY("发证机关", "issuingAuthority"),
        FROM("有效期起", "validFrom"),
        TO("有效期止", "validTo");

        final String title;
        final String field;

        Column(String title, String field) {
            this.title = title;
            this.field = field;
        }

        static Optional<Column> byField(String field) {
            for (Column c : values()) {
                if (c.field.equals(field)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** The report: rows read, valid, invalid and imported, and every error with its Excel row, field and column. */
    public record Report(int rows, int valid, int invalid, int imported, String mode, List<RowError> errors) {}

    public record RowError(int row, String field, String column, String message) {}

    private record Parsed(
            SheetRow row, Map<Column, String> cells, List<FieldError> errors, CredentialForm credential) {}

    private final XlsxUploads uploads;
    private final Credentials credentials;
    private final UserAdministration users;
    private final AgencyMapper agencies;
    private final AdminScope scope;

    RosterImport(
            XlsxUploads uploads,
            Credentials credentials,
            UserAdministration users,
            AgencyMapper agencies,
            AdminScope scope) {
        this.uploads = uploads;
        this.credentials = credentials;
        this.users = users;
        this.agencies = agencies;
        this.scope = scope;
    }

    @Transactional
    public Report importFile(MultipartFile file, String modeParameter, CurrentUser admin) {
        scope.requireAdministrator(admin);
        String mode = modeParameter == null ? "validate" : modeParameter;
        if (!List.of("validate", "all", "validOnly").contains(mode)) {
            throw Refusal.invalid("mode", "须为 validate、all 或 validOnly");
        }
        UploadedSheet sheet = uploads.firstSheet(file);
        Map<Column, Integer> layout = layout(sheet.header());
        Map<String, Agency> agencyByName = new HashMap<>();
        agencies.findWithin(scope.prefix(admin)).forEach(a -> agencyByName.put(a.name(), a));
        List<Parsed> rows = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            rows.add(check(row, layout, agencyByName, numbers, admin));
        }
        List<Parsed> valid = rows.stream().filter(p -> p.errors().isEmpty()).toList();
        int invalid = rows.size() - valid.size();
        if ("all".equals(mode) && invalid > 0) {
            Report report = report(rows, valid.size(), 0, mode);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("rows", report.rows());
            properties.put("valid", report.valid());
            properties.put("invalid", report.invalid());
            properties.put("imported", 0);
            properties.put("mode", mode);
            properties.put("errors", report.errors());
            throw new Refusal(
                    Refusal.Kind.VALIDATION_FAILED,
                    "文件中有 " + invalid + " 行未通过校验，未导入任何执法证；请改正后重新上传，或选择只导入有效的行",
                    List.of(),
                    properties);
        }
        int imported = 0;
        if (!"validate".equals(mode)) {
            for (Parsed p : valid) {
                String username = p.cells().get(Column.USERNAME);
                if (!exists(username, admin)) {
                    Agency agency = agencyByName.get(p.cells().get(Column.AGENCY));
                    users.create(
                            new UserForm(
                                    username,
                                    p.cells().get(Column.NAME),
                                    Role.INSPECTOR,
                                    agency.id(),
                                    null,
                                    p.cells().get(Column.PHONE),
                                    null,
                                    null),
                            admin);
                }
                credentials.add(username, p.credential(), admin);
                imported++;
            }
        }
        log.info(
                "A-ROSTER-IMPORT rows={} valid={} invalid={} imported={} mode={} by={}",
                rows.size(),
                valid.size(),
                invalid,
                imported,
                mode,
                admin.username());
        return report(rows, valid.size(), imported, mode);
    }

    private Parsed check(
            SheetRow row,
            Map<Column, Integer> layout,
            Map<String, Agency> agencyByName,
            Map<String, Integer> numbers,
            CurrentUser admin) {
        Map<Column, String> cells = new LinkedHashMap<>();
        layout.forEach((column, index) -> cells.put(column, blankToNull(row.cell(index))));
        List<FieldError> errors = new ArrayList<>();
        String username = cells.get(Column.USERNAME);
        if (username == null) {
            errors.add(new FieldError("username", "必填"));
        } else if (!exists(username, admin)) {
            if (cells.get(Column.NAME) == null) {
                errors.add(new FieldError("displayName", "新增监察员须填写姓名"));
            }
            if (cells.get(Column.AGENCY) == null) {
                errors.add(new FieldError("agency", "新增监察员须填写所属机构"));
            } else if (!agencyByName.containsKey(cells.get(Column.AGENCY))) {
                errors.add(new FieldError("agency", "本辖区没有名为“" + cells.get(Column.AGENCY) + "”的监察机构"));
            }
        }
        LocalDate from = date(cells.get(Column.FROM), "validFrom", errors);
        LocalDate to = date(cells.get(Column.TO), "validTo", errors);
        String number = cells.get(Column.NUMBER);
        if (number == null) {
            errors.add(new FieldError("certificateNo", "必填"));
        } else if (number.length() > 32) {
            errors.add(new FieldError("certificateNo", "不能超过 32 个字符"));
        } else {
            Integer first = numbers.putIfAbsent(number, row.number());
            if (first != null) {
                errors.add(new FieldError("certificateNo", "与第 " + first + " 行重复：同一文件中执法证号须唯一"));
            } else {
                if (credentials.isRegistered(number)) {
                    errors.add(new FieldError("certificateNo", "该执法证号已登记"));
                }
            }
        }
        if (from == null && cells.get(Column.FROM) == null) {
            errors.add(new FieldError("validFrom", "必填"));
        }
        CredentialForm form = new CredentialForm(number, cells.get(Column.AUTHORITY), from, to, "ACTIVE", null);
        if (!hasError(errors, "validTo") && cells.get(Column.TO) != null) {
            Credentials.checkPeriodAndStatus(form, errors);
        } else if (cells.get(Column.TO) == null) {
            errors.add(new FieldError("validTo", "必填"));
        }
        return new Parsed(row, cells, errors, form);
    }

    private boolean exists(String username, CurrentUser admin) {
        return users.find(username, admin).isPresent();
    }

    private static boolean hasError(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"),
            DateTimeFormatter.ofPattern("M/d/uu"));

    /** A date as people and Excel write it; a bad one is an error on its field. */
    static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        errors.add(new FieldError(field, "不是有效的日期（例如 2026-01-31）：" + text));
        return null;
    }

    private static Map<Column, Integer> layout(SheetRow header) {
        Map<Column, Integer> layout = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            int index = header.cells().indexOf(column.title);
            if (index >= 0) {
                layout.put(column, index);
            } else if (column != Column.PHONE && column != Column.AUTHORITY) {
                missing.add(column.title);
            }
        }
        if (!missing.isEmpty()) {
            throw Refusal.invalid("file", "第 1 行缺少列：" + String.join("、", missing));
        }
        return layout;
    }

    private static Report report(List<Parsed> rows, int valid, int imported, String mode) {
        List<RowError> errors = new ArrayList<>();
        for (Parsed p : rows) {
            for (FieldError e : p.errors()) {
                errors.add(new RowError(
                        p.row().number(),
                        e.field(),
                        Column.byField(e.field()).map(c -> c.title).orElse(null),
                        e.message()));
            }
        }
        return new Report(rows.size(), valid, rows.size() - valid, imported, mode, errors);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
