package cn.energyinspect.rules.credit;

import cn.energyinspect.rules.basis.Basis;

/**
 * One field of the 行政处罚 exchange record.
 *
 * @param code e.g. {@code CF_XDR_SHXYM}
 * @param name e.g. 行政相对人代码_1（统一社会信用代码）
 * @param maxLength characters of a text (digits of a decimal, 10 for a date)
 * @param required YES, NO or the condition under which it is
 * @param published whether the public page shows it (identity numbers never)
 */
public record RecordField(
        String code, String name, Type type, int maxLength, Requirement required, boolean published, Basis basis) {

    public enum Type {
        TEXT,
        DATE,
        DECIMAL
    }

    /** When a field must be filled. */
    public enum Requirement {
        YES,
        NO,
        /** 类别 法人及非法人组织 or 个体工商户. */
        ORGANISATION,
        /** 类别 自然人. */
        PERSON,
        /** The kinds include 罚款. */
        FINE,
        /** The kinds include 没收违法所得 or 没收非法财物. */
        CONFISCATION,
        /** The kinds include 暂扣许可证件, 降低资质等级 or 吊销许可证件. */
        LICENCE,
        /** A 个体工商户 without a code (17 个 0 + X). */
        SELF_EMPLOYED_WITHOUT_USCC
    }
}
