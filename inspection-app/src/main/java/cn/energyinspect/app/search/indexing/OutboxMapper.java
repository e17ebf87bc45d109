package cn.energyinspect.app.search.indexing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The indexer's side of {@code search_outbox}: claim due rows, acknowledge them, record failures, park. */
@Mapper
interface OutboxMapper {
    /** Due rows in id order, locked for this transaction; rows another node holds are skipped, not waited for. */
    List<OutboxRow> claimDue(@Param("limit") int limit);

    /** The database's clock in microseconds since the epoch (UTC): one clock for every node, used as doc version. */
    long clockMicros();

    /** Deletes the rows by key, touching no other row (see the mapper's note on the deadlock a scan caused). */
    int delete(@Param("ids") Collection<Long> ids);

    int fail(
            @Param("id") long id,
            @Param("delayMillis") long delayMillis,
            @Param("error") String error,
            @Param("parked") boolean parked);

    OutboxCounts counts();

    List<ParkedRow> parked(@Param("limit") int limit);

    Optional<ParkedRow> find(@Param("id") long id);

    int unpark(@Param("id") long id);
}
