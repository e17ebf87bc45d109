package cn.energyinspect.app.admin.oplog;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.cursor.Cursor;

@Mapper
public interface OperationLogMapper {
    /** The filter; {@code prefix} is the reader's region, always applied. */
    record OperationQuery(
            String prefix,
            String source,
            String actor,
            String action,
            Instant from,
            Instant to,
            int offset,
            int size) {}

    List<OperationRow> search(OperationQuery query);

    long count(OperationQuery query);

    Cursor<OperationRow> export(OperationQuery query);
}
