package cn.energyinspect.app.desk.review;

import cn.energyinspect.app.inspection.CaseRow;
import cn.energyinspect.app.inspection.CaseStatus;
import cn.energyinspect.app.inspection.CaseTasks;
import cn.energyinspect.app.inspection.ScreenedCases;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.bpmn.DeskReviewProcess;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's written answer to the 书面监察通知书: the one desk step the enterprise portal drives, completing the
 * answer task of desk-review.bpmn. Apart from {@link DeskCases} because the task list depends on the desk's task
 * handlers, which depend on the desk cases.
 */
@Service
public class DeskAnswers {
    private final DeskCases desk;
    private final DeskCaseMapper rows;
    private final ScreenedCases cases;
    private final CaseTasks tasks;

    DeskAnswers(DeskCases desk, DeskCaseMapper rows, ScreenedCases cases, CaseTasks tasks) {
        this.desk = desk;
        this.rows = rows;
        this.cases = cases;
        this.tasks = tasks;
    }

    @Schema(description = "POST /api/v1/desk/cases/{caseId}/written-answer: the enterprise's written answer")
    public record WrittenAnswer(
            @Schema(description = "书面说明 (at most 5,000 characters)")
            String text,

            @Schema(description = "Evidence uploaded to the case first (POST /api/v1/cases/{id}/evidence)")
            List<Long> evidenceIds) {}

    /** The enterprise answers the 书面监察通知书 in writing, with the documents asked for as evidence. */
    @Transactional
    public DeskCases.DeskCaseView answer(long caseId, WrittenAnswer request, CurrentUser user) {
        CaseRow row = cases.find(caseId)
                .filter(c ->
                        user.role() == Role.ENTERPRISE && c.enterpriseUscc().equals(user.enterpriseUscc()))
                .orElseThrow(() -> Refusal.notFound("案件"));
        rows.find(caseId).orElseThrow(() -> Refusal.notFound("书面监察案件"));
        List<FieldError> errors = new ArrayList<>();
        String text =
                request == null || request.text() == null ? "" : request.text().strip();
        if (text.isEmpty()) {
            errors.add(new FieldError("text", "必填：书面说明"));
        } else if (text.length() > 5000) {
            errors.add(new FieldError("text", "不能超过 5000 个字符"));
        }
        List<Long> ids = request == null || request.evidenceIds() == null ? List.of() : request.evidenceIds();
        if (ids.size() > 50) {
            errors.add(new FieldError("evidenceIds", "不能超过 50 项"));
        }
        Set<Long> own = desk.ownEvidence(caseId, user.username());
        for (int i = 0; i < ids.size(); i++) {
            if (!own.contains(ids.get(i))) {
                errors.add(new FieldError("evidenceIds[" + i + "]", "本案中没有您上传的该证据"));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        if (row.status() != CaseStatus.NOTICE_SERVED) {
            throw Refusal.conflict("案件当前状态为“" + row.status().label() + "”，不在等待书面说明");
        }
        desk.answered(caseId, text, ids, user.username());
        cases.toReview(
                caseId, "DESK_WRITTEN_ANSWER", user.username(), Map.of("evidence", ids, "length", text.length()));
        tasks.completeCaseStep(caseId, DeskReviewProcess.TASK_ENTERPRISE_WRITTEN_ANSWER, user);
        return desk.view(caseId, user);
    }
}
