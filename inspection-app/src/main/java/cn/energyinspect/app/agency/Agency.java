package cn.energyinspect.app.agency;

/** A row of {@code agency}: a 节能监察机构 of one tier, responsible for its region and everything below it. */
public record Agency(Long id, String name, String regionCode, Tier tier) {
    public enum Tier {
        PROVINCE,
        CITY,
        COUNTY
    }
}
