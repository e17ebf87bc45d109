package cn.energyinspect.app.desk.report;

import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.desk.screening.RuleSettings;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.enterprise.EnterpriseRow;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.spreadsheet.UploadedSheet;
import cn.energyinspect.app.spreadsheet.XlsxUploads;
import cn.energyinspect.rules.basis.RegionCodes;
import cn.energyinspect.rules.desk.RuleSet;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reports from Excel: an enterprise's own workbook (one sheet per table) becomes its draft; a province's batch (one
 * row per unit) is filed for units that file elsewhere, each line a version of that unit's report, checked and
 * screened like any. A cell that is not what its column needs is named by sheet, row and column.
 */
@Service
public class ReportImports {
    private static final Logger log = LoggerFactory.getLogger(ReportImports.class);
    private static final Set<String> MODES = Set.of("validate", "all", "validOnly");

    private final XlsxUploads uploads;
    private final EnergyReports reports;
    private final ReportValidation validation;
    private final EnterpriseMapper enterprises;
    private final AgencyMapper agencies;
    private final RuleSettings rules;

    ReportImports(
            XlsxUploads uploads,
            EnergyReports reports,
            ReportValidation validation,
            EnterpriseMapper enterprises,
            AgencyMapper agencies,
            RuleSettings rules) {
        this.uploads = uploads;
        this.reports = reports;
        this.validation = validation;
        this.enterprises = enterprises;
        this.agencies = agencies;
        this.rules = rules;
    }

    /** The enterprise's workbook becomes its draft (nothing is filed); the answer is the draft's live checks. */
    @Transactional
    public EnergyReports.LiveCheck upload(String uscc, int year, MultipartFile file, CurrentUser user) {
        reports.writable(uscc, user);
        ReportContent content =
                ReportWorkbook.parse(uploads.sheets(file, uploads.limits().maxImportRows()));
        reports.saveDraft(uscc, year, content, user);
        return reports.check(uscc, year, content, user);
    }

    @Schema(description = "What a batch import found and did")
    public record ImportReport(
            @Schema(description = "Data rows read (the header not counted)")
            int rows,

            int valid,
            int invalid,

            @Schema(description = "Versions filed by this request")
            int filed,

            @Schema(description = "Rows whose report was already filed with the same content: stored once")
            int unchanged,

            String mode,

            @Schema(description = "Every problem, by Excel row and column")
            List<CellError> errors) {}

    @Schema(description = "One problem of a batch: the row as Excel numbers it, the column letter and title")
    public record CellError(String sheet, int row, String column, String columnTitle, String field, String message) {}

    @Transactional
    public ImportReport importBatch(MultipartFile file, int year, String mode, CurrentUser user) {
        if (!MODES.contains(mode)) {
            throw Refusal.invalid("mode", "须为 validate、all 或 validOnly");
        }
        if (!user.hasRole(Role.PROVINCE_ADMIN, Role.SUPERVISOR) || user.agencyId() == null) {
            throw Refusal.forbidden("只有监察机构的管理员或科室负责人可以批量导入报告");
        }
        Agency agency = agencies.findById(user.agencyId()).orElseThrow(() -> Refusal.forbidden("用户未关联监察机构"));
        UploadedSheet sheet = uploads.firstSheet(file);
        List<BatchWorkbook.Line> lines = BatchWorkbook.parse(sheet);
        List<String> header = sheet.header().cells();
        List<CellError> errors = new ArrayList<>();
        Map<String, EnterpriseRow> known = new HashMap<>();
        List<String> codes = lines.stream()
                .map(BatchWorkbook.Line::uscc)
                .filter(c -> c != null)
                .distinct()
                .toList();
        for (int from = 0; from < codes.size(); from += 1000) {
            enterprises
                    .findByUsccs(codes.subList(from, Math.min(codes.size(), from + 1000)))
                    .forEach(e -> known.put(e.uscc(), e));
        }
        Set<String> seen = new HashSet<>();
        List<BatchWorkbook.Line> valid = new ArrayList<>();
        Map<BatchWorkbook.Line, EnterpriseRow> units = new LinkedHashMap<>();
        for (BatchWorkbook.Line line : lines) {
            List<CellError> found = new ArrayList<>();
            line.problems()
                    .forEach(p ->
                            found.add(cell(p.row(), p.column(), BatchWorkbook.title(header, p.column()), p.message())));
            if (line.uscc() != null) {
                EnterpriseRow enterprise = known.get(line.uscc());
                if (enterprise == null || !RegionCodes.isWithin(enterprise.regionCode(), agency.regionCode())) {
                    found.add(cell(
                            line.row(),
                            BatchWorkbook.letter(header, BatchWorkbook.USCC),
                            BatchWorkbook.USCC,
                            "企业不在名录中或不在本机构管辖范围内"));
                } else if (!seen.add(line.uscc())) {
                    found.add(cell(
                            line.row(),
                            BatchWorkbook.letter(header, BatchWorkbook.USCC),
                            BatchWorkbook.USCC,
                            "同一单位在文件中重复出现"));
                } else if (line.problems().isEmpty()) {
                    for (FieldError e : validation.problems(line.content(), year, enterprise.regionCode())) {
                        String title = BatchWorkbook.column(e.field());
                        found.add(cell(line.row(), BatchWorkbook.letter(header, title), title, e.message()));
                    }
                    units.put(line, enterprise);
                }
            }
            if (found.isEmpty()) {
                valid.add(line);
            }
            errors.addAll(found);
        }
        int invalid = lines.size() - valid.size();
        ImportReport report = new ImportReport(lines.size(), valid.size(), invalid, 0, 0, mode, errors);
        if (mode.equals("validate")) {
            return report;
        }
        if (mode.equals("all") && !errors.isEmpty()) {
            throw new Refusal(
                    Refusal.Kind.VALIDATION_FAILED,
                    "批量文件有 " + invalid + " 行错误，未导入（可改用 validOnly 只导入正确的行）",
                    errors.stream()
                            .map(e -> new FieldError(
                                    BatchWorkbook.SHEET + "!" + (e.column() == null ? "" : e.column()) + e.row(),
                                    e.message()))
                            .toList(),
                    Map.of("report", report));
        }
        Map<String, RuleSet> sets = new HashMap<>();
        int filed = 0;
        int unchanged = 0;
        for (BatchWorkbook.Line line : valid) {
            EnterpriseRow enterprise = units.get(line);
            RuleSet set = sets.computeIfAbsent(
                    RegionCodes.provinceOf(enterprise.regionCode()), p -> rules.forRegion(enterprise.regionCode()));
            EnergyReports.Submitted result = reports.file(
                    enterprise,
                    year,
                    line.content(),
                    null,
                    "省级批量导入（" + (file.getOriginalFilename() == null ? "" : file.getOriginalFilename()) + "）",
                    EnergyReports.BATCH,
                    user.username(),
                    set);
            if (result.created()) {
                filed++;
            } else {
                unchanged++;
            }
        }
        log.info(
                "I-REPORT-BATCH rows={} filed={} unchanged={} invalid={} by={}",
                lines.size(),
                filed,
                unchanged,
                invalid,
                user.username());
        return new ImportReport(lines.size(), valid.size(), invalid, filed, unchanged, mode, errors);
    }

    private static CellError cell(int row, String column, String title, String message) {
        return new CellError(BatchWorkbook.SHEET, row, column, title, title, message);
    }
}
