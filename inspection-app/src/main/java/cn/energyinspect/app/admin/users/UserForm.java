package cn.energyinspect.app.admin.users;

import cn.energyinspect.app.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new user or a change of one (the username is given only when creating and never changes).
 *
 * @param agencyId the agency an agency user belongs to (required for supervisors and inspectors)
 * @param regionCode the region the user sees; for agency users defaults to the agency's region and must lie in it;
 *     for an enterprise user it is the enterprise's
 * @param enterpriseUscc the 统一社会信用代码 an enterprise user is bound to
 */
public record UserForm(
        @Schema(description = "登录名（新建时）", example = "zhang.jc")
        String username,

        @Schema(description = "姓名", example = "张监察") String displayName,
        Role role,
        Long agencyId,
        @Schema(description = "GB/T 2260 行政区划代码") String regionCode,
        @Schema(description = "手机号") String phone,
        @Schema(description = "企业用户绑定的统一社会信用代码") String enterpriseUscc,
        @Schema(description = "读取时的版本号（修改时）") Integer version) {}
