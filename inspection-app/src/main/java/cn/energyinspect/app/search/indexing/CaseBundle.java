package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.search.indexing.Sources.AnswerItemSource;
import cn.energyinspect.app.search.indexing.Sources.CaseSource;
import cn.energyinspect.app.search.indexing.Sources.DocumentSource;
import cn.energyinspect.app.search.indexing.Sources.EvidenceSource;
import cn.energyinspect.app.search.indexing.Sources.FindingSource;
import cn.energyinspect.app.search.indexing.Sources.ReviewSource;
import cn.energyinspect.app.search.indexing.Sources.StatementSource;
import java.util.List;

/** A case and every record of it that has a search document. */
record CaseBundle(
        CaseSource inspectionCase,
        List<FindingSource> findings,
        List<DocumentSource> documents,
        List<EvidenceSource> evidence,
        List<AnswerItemSource> answerItems,
        List<StatementSource> statements,
        List<ReviewSource> reviews) {}
