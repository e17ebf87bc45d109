package cn.energyinspect.app.admin.agencies;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new agency or a change of one. The tier follows the region (a province, city or county code).
 *
 * @param regionCode GB/T 2260 code of the region the agency is responsible for (only when creating)
 * @param abbreviation 发文机关代字 printed in case and document numbers, e.g. 杭西节监; empty: the default (浙节监330106)
 * @param sealText the text of the agency's seal as documents print it
 * @param version the version read (only when changing): a stale one is a 409
 */
public record AgencyForm(
        @Schema(description = "机构名称", example = "杭州市西湖区节能监察大队")
        String name,

        @Schema(description = "GB/T 2260 行政区划代码（新建时）", example = "330106")
        String regionCode,

        @Schema(description = "发文机关代字", example = "杭西节监") String abbreviation,
        @Schema(description = "机构地址") String address,
        @Schema(description = "对外联系电话") String phone,
        @Schema(description = "印章文字") String sealText,
        @Schema(description = "读取时的版本号（修改时）") Integer version) {}
