package cn.energyinspect.app.document;

/**
 * The enterprise's person in charge on site (被监察单位现场负责人).
 *
 * @param name full name
 * @param position job title (职务), e.g. 生产副总经理
 * @param phone phone number, or {@code null}
 */
public record EnterpriseRepresentative(String name, String position, String phone) {

    public EnterpriseRepresentative {
        Check.text(name, "现场负责人姓名（name）");
        Check.text(position, "现场负责人职务（position）");
        Check.optionalText(phone, "现场负责人电话（phone）");
    }
}
