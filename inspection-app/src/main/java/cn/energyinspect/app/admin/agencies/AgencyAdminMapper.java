package cn.energyinspect.app.admin.agencies;

import cn.energyinspect.app.agency.Agency;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AgencyAdminMapper {
    /** An agency with everything the administrators' page shows. */
    record AgencyDetail(
            long id,
            String name,
            String regionCode,
            String regionName,
            String regionLevel,
            String parentRegionCode,
            Agency.Tier tier,
            String abbreviation,
            String address,
            String phone,
            String sealText,
            int version,
            int users) {}

    List<AgencyDetail> within(@Param("prefix") String prefix);

    Optional<AgencyDetail> find(@Param("id") long id);

    boolean nameTaken(@Param("name") String name, @Param("exceptId") Long exceptId);

    boolean regionTaken(@Param("regionCode") String regionCode);

    /** Insert parameter with the generated id written back. */
    final class NewAgency {
        public Long id;
        public final String name;
        public final String regionCode;
        public final Agency.Tier tier;
        public final String address;
        public final String phone;
        public final String sealText;

        NewAgency(String name, String regionCode, Agency.Tier tier, String address, String phone, String sealText) {
            this.name = name;
            this.regionCode = regionCode;
            this.tier = tier;
            this.address = address;
            this.phone = phone;
            this.sealText = sealText;
        }
    }

    void insert(NewAgency agency);

    /** @return 1 when the row had {@code version}, 0 when someone changed it meanwhile */
    int update(
            @Param("id") long id,
            @Param("version") int version,
            @Param("name") String name,
            @Param("address") String address,
            @Param("phone") String phone,
            @Param("sealText") String sealText);

    void setAbbreviation(@Param("id") long id, @Param("abbreviation") String abbreviation);

    void clearAbbreviation(@Param("id") long id);
}
