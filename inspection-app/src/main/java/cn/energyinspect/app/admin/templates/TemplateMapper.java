package cn.energyinspect.app.admin.templates;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface TemplateMapper {
    record VersionRow(
            long id,
            String code,
            int version,
            String inspectionType,
            String title,
            String status,
            String createdBy,
            Instant createdAt,
            String publishedBy,
            Instant publishedAt,
            long cases,
            String itemsJson) {}

    List<VersionRow> all(@Param("publishedOnly") boolean publishedOnly);

    Optional<VersionRow> find(@Param("id") long id);

    Optional<VersionRow> draftOf(@Param("code") String code);

    /** The newest version of {@code code}, any state, locked (versions of one code are numbered one at a time). */
    Optional<VersionRow> newestForUpdate(@Param("code") String code);

    /** Insert parameter with the generated id written back. */
    final class NewVersion {
        public Long id;
        public final String code;
        public final int version;
        public final String inspectionType;
        public final String title;
        public final String itemsJson;
        public final String createdBy;
        public final Instant createdAt;

        NewVersion(
                String code,
                int version,
                String inspectionType,
                String title,
                String itemsJson,
                String createdBy,
                Instant createdAt) {
            this.code = code;
            this.version = version;
            this.inspectionType = inspectionType;
            this.title = title;
            this.itemsJson = itemsJson;
            this.createdBy = createdBy;
            this.createdAt = createdAt;
        }
    }

    void insert(NewVersion version);

    int updateDraft(@Param("id") long id, @Param("title") String title, @Param("itemsJson") String itemsJson);

    int publish(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);
}
