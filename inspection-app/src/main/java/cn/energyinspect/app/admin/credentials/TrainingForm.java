package cn.energyinspect.app.admin.credentials;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A training an inspector completed (执法培训). */
public record TrainingForm(
        @Schema(description = "培训名称", example = "2026 年度节能监察执法培训")
        String title,

        @Schema(description = "培训机构") String provider,
        @Schema(description = "学时") BigDecimal hours,
        @Schema(description = "完成日期") LocalDate completedOn) {}
