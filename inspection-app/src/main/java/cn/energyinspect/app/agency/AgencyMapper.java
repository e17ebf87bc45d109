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

    Optional<Agency> findById(@Param("id") long id);

    Optional<Agency> findByRegion(@Param("regionCode") String regionCode);

    List<Agency> findWithin(@Param("prefix") String prefix);

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
