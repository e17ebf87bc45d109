package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.search.indexing.Sources.AnswerItemSource;
import cn.energyinspect.app.search.indexing.Sources.CaseSource;
import cn.energyinspect.app.search.indexing.Sources.DbCounts;
import cn.energyinspect.app.search.indexing.Sources.DocumentSource;
import cn.energyinspect.app.search.indexing.Sources.EnterpriseSource;
import cn.energyinspect.app.search.indexing.Sources.EvidenceSource;
import cn.energyinspect.app.search.indexing.Sources.FindingSource;
import cn.energyinspect.app.search.indexing.Sources.ReviewSource;
import cn.energyinspect.app.search.indexing.Sources.StatementSource;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Read-only: the database rows the search documents are built from, many records per statement. */
@Mapper
interface SourceMapper {
    List<EnterpriseSource> enterprises(@Param("usccs") Collection<String> usccs);

    List<CaseSource> cases(@Param("ids") Collection<Long> caseIds);

    List<Long> caseIdsOfEnterprises(@Param("usccs") Collection<String> usccs);

    List<FindingSource> findings(@Param("ids") Collection<Long> caseIds);

    List<DocumentSource> documents(@Param("ids") Collection<Long> caseIds);

    List<EvidenceSource> evidence(@Param("ids") Collection<Long> caseIds);

    List<AnswerItemSource> answerItems(@Param("ids") Collection<Long> caseIds);

    List<StatementSource> statements(@Param("ids") Collection<Long> caseIds);

    List<ReviewSource> reviews(@Param("ids") Collection<Long> caseIds);

    /** Keyset paging for a rebuild. */
    List<String> enterprisePage(@Param("after") String afterUscc, @Param("limit") int limit);

    List<Long> casePage(@Param("after") long afterId, @Param("limit") int limit);

    DbCounts counts();

    List<Long> randomCaseIds(@Param("limit") int limit);

    List<String> randomUsccs(@Param("limit") int limit);
}
