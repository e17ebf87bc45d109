package cn.energyinspect.app.admin.conflicts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** An inspector declares a conflict of interest (回避) with an enterprise. */
public record ConflictDeclaration(
        @Schema(description = "统一社会信用代码") String enterpriseUscc,

        @Schema(description = "回避理由", example = "配偶在该企业任财务负责人")
        String reason,

        @Schema(description = "预计结束日期（可空：长期）") LocalDate endsOn) {}
