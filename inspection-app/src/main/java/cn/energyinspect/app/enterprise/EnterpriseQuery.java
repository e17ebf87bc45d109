package cn.energyinspect.app.enterprise;

/**
 * A list query as the database runs it: the caller's filters narrowed by its jurisdiction.
 *
 * @param scopePrefix region prefix of the caller's jurisdiction (always applied)
 * @param scopeUscc for an enterprise user, its own code (always applied), else {@code null}
 * @param regionPrefix the filter's region prefix, or {@code null}
 * @param industryPrefix GB/T 4754 code prefix, or {@code null}
 * @param keyEnergyUnit the flag to match, or {@code null} for both
 * @param nameContains part of the name, or {@code null}
 */
public record EnterpriseQuery(
        String scopePrefix,
        String scopeUscc,
        String regionPrefix,
        String industryPrefix,
        Boolean keyEnergyUnit,
        String nameContains,
        int offset,
        int limit) {}
