package cn.energyinspect.app.search;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SearchOutboxMapper {
    void insert(@Param("entity") String entity, @Param("entityKey") String entityKey);
}
