package cn.energyinspect.app.search.indexing;

import java.util.Optional;

/** The text of a stored PDF, if it has any (a scan has none). */
@FunctionalInterface
interface DocumentText {
    Optional<String> ofPdf(String storageKey);
}
