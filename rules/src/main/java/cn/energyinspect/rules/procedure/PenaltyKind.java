package cn.energyinspect.rules.procedure;

import cn.energyinspect.rules.basis.Basis;

/**
 * A kind of 行政处罚 of 行政处罚法 Art. 9, as the 双公示 value list names it.
 *
 * @param code stable code, e.g. {@code FINE}
 * @param name the value of CF_CFLB, e.g. 罚款
 * @param feedCode the code of the provincial 双公示 feed, e.g. {@code 02}
 * @param hearing when it entitles the party to a hearing (Art. 63)
 * @param byAgency whether a 节能 department may impose it at all (行政拘留 may not)
 */
public record PenaltyKind(String code, String name, String feedCode, Hearing hearing, boolean byAgency, Basis basis) {

    /** When a kind entitles the party to a hearing. */
    public enum Hearing {
        /** Always (降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业 …). */
        ALWAYS,
        /** From the province's 较大数额 threshold (罚款, 没收). */
        AMOUNT,
        /** Never (警告、通报批评、暂扣许可证件). */
        NEVER
    }

    public boolean isFine() {
        return code.equals(PenaltyProcedure.FINE);
    }

    public boolean isConfiscation() {
        return code.equals("CONFISCATE_GAINS") || code.equals("CONFISCATE_PROPERTY");
    }

    /** 暂扣许可证件、降低资质等级、吊销许可证件: CF_NR_ZKDX names the licence. */
    public boolean concernsLicence() {
        return code.equals("SUSPEND_LICENCE")
                || code.equals("DOWNGRADE_QUALIFICATION")
                || code.equals("REVOKE_LICENCE");
    }
}
