package cn.energyinspect.app.agency;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AgencyMapper {
    /** Inserts and writes the generated id back into {@code agency.id}. */
    void insert(AgencyInsert agency);

    Optional<String> phone(@Param("id") long id);

    void setPhone(@Param("id") long id, @Param("phone") String phone);

    /** Sets the agency's 发文机关代字 used in its case and document numbers, e.g. 杭西节监. */
    Optional<String> abbreviation(@Param("id") long id);

    void setAbbreviation(@Param("id") long id, @Param("abbreviation") String abbreviation);

    Optional<Agency> findById(@Param("id") long id);

    Optional<Agency> findByRegion(@Param("regionCode") String regionCode);

    List<Agency> findWithin(@Param("prefix") String prefix);

    /** Agencies whose region starts with {@code prefix}, of {@code tier} when given, with the region's name. */
    List<AgencyView> list(@Param("prefix") String prefix, @Param("tier") Agency.Tier tier);

    /** Insert parameter with the generated id written back. */
    final class AgencyInsert {
        public Long id;
        public final String name;
        public final String regionCode;
        public final Agency.Tier tier;

        public AgencyInsert(String name, String regionCode, Agency.Tier tier) {
            this.name = name;
            this.regionCode = regionCode;
            this.tier = tier;
        }
    }
}
