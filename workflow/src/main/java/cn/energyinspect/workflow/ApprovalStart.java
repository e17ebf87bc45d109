package cn.energyinspect.workflow;

import java.util.Objects;

/**
 * What an approval process starts with: ids only, the application lives in the app's tables.
 *
 * @param applicationId the application row
 * @param enterpriseUscc the applicant's 统一社会信用代码
 * @param regionCode the project's GB/T 2260 code
 */
public record ApprovalStart(long applicationId, String enterpriseUscc, String regionCode) {
    public ApprovalStart {
        Objects.requireNonNull(enterpriseUscc, "enterpriseUscc");
        Objects.requireNonNull(regionCode, "regionCode");
    }
}
