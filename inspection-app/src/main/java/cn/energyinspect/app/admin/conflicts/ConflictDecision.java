package cn.energyinspect.app.admin.conflicts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A supervisor's decision on a declaration: the note (required to reject) and, when approving, its end date. */
public record ConflictDecision(
        @Schema(description = "审批意见（不同意时必填）") String note,
        @Schema(description = "回避结束日期（同意时，可空：长期）") LocalDate endsOn) {}
