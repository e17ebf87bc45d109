package cn.energyinspect.app.savedfilter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SavedFilterMapper {
    record Row(long id, String page, String name, String queryJson, Instant createdAt) {}

    List<Row> of(@Param("userId") long userId, @Param("page") String page);

    Optional<Long> idOf(@Param("userId") long userId, @Param("page") String page, @Param("name") String name);

    void upsert(
            @Param("userId") long userId,
            @Param("page") String page,
            @Param("name") String name,
            @Param("queryJson") String queryJson);

    int delete(@Param("userId") long userId, @Param("id") long id);
}
