package cn.energyinspect.app.enterprise;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EnterpriseMapper {
    Optional<EnterpriseRow> findByUscc(@Param("uscc") String uscc);

    List<EnterpriseRow> findByUsccs(@Param("usccs") java.util.Collection<String> usccs);

    /** Those of {@code usccs} that are registered already. */
    List<String> registeredAmong(@Param("usccs") java.util.Collection<String> usccs);

    List<EnterpriseRow> list(EnterpriseQuery query);

    long count(EnterpriseQuery query);

    void insert(@Param("e") EnterpriseForm form, @Param("keyEnergyUnit") boolean keyEnergyUnit);

    int update(
            @Param("uscc") String uscc,
            @Param("e") EnterpriseForm form,
            @Param("keyEnergyUnit") boolean keyEnergyUnit,
            @Param("expectedVersion") int expectedVersion);
}
