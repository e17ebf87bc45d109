package cn.energyinspect.app.search.indexing;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code search_rebuild}: one row per rebuild, the RUNNING one also telling indexers where to write twice. */
@Mapper
interface RebuildMapper {
    /** Inserts a RUNNING rebuild; a duplicate key on {@code running_guard} means another one is running. */
    void insert(RebuildInsert rebuild);

    Optional<RebuildRow> find(@Param("id") long id);

    /** The newest rebuild that wrote into {@code index}, if any. */
    Optional<RebuildRow> newestInto(@Param("index") String index);

    /** Indices a running FULL rebuild is filling: every change goes there as well as to the alias. */
    List<String> runningTargets();

    /** The target index exists now: from the next batch on, indexers write every change to it too. */
    void indexReady(@Param("id") long id);

    void progress(@Param("id") long id, @Param("done") long done, @Param("total") long total);

    void finish(@Param("id") long id, @Param("state") String state, @Param("error") String error);

    /** Marks as FAILED rebuilds whose node stopped sending heartbeats (it died or was restarted). */
    int abandonStale(@Param("seconds") long seconds);

    /** The rebuild rows' target indices that are not DONE, so that no cleanup deletes an index in use. */
    List<String> liveTargets();

    /** Mutable only for the generated key. */
    final class RebuildInsert {
        public Long id;
        public final String kind;
        public final String targetIndex;
        public final String requestedBy;

        RebuildInsert(String kind, String targetIndex, String requestedBy) {
            this.kind = kind;
            this.targetIndex = targetIndex;
            this.requestedBy = requestedBy;
        }
    }
}
