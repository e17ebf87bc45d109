package cn.energyinspect.app.admin.credentials;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * An enforcement certificate (行政执法证) of an inspector, or a change of one.
 *
 * @param status {@code ACTIVE} (default), {@code SUSPENDED} (暂扣) or {@code REVOKED} (吊销/注销): only an active one
 *     counts for a team or a draw
 * @param version the version read (only when changing)
 */
public record CredentialForm(
        @Schema(description = "执法证号（新建时）", example = "浙330106-2026-0001")
        String certificateNo,

        @Schema(description = "发证机关", example = "浙江省人民政府") String issuingAuthority,
        @Schema(description = "有效期起") LocalDate validFrom,
        @Schema(description = "有效期止（含当日）") LocalDate validTo,

        @Schema(description = "ACTIVE | SUSPENDED | REVOKED")
        String status,

        @Schema(description = "读取时的版本号（修改时）") Integer version) {}
