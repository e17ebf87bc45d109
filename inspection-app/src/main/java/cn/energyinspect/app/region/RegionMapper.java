package cn.energyinspect.app.region;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RegionMapper {
    Optional<RegionRow> find(@Param("code") String code);

    List<RegionRow> findWithin(@Param("prefix") String prefix, @Param("level") String level);
}
