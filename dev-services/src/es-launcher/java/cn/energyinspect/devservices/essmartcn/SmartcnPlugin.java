package cn.energyinspect.devservices.essmartcn;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Stands in for Elastic's analysis-smartcn plugin (not on Maven Central): registers the same names, the
 * analyzer {@code smartcn} and the tokenizer {@code smartcn_tokenizer}, so index mappings work unchanged in
 * production.
 */
public final class SmartcnPlugin extends Plugin implements AnalysisPlugin {
    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("smartcn", (indexSettings, env, name, settings) -> new SmartcnAnalyzerProvider(name));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("smartcn_tokenizer", (indexSettings, env, name, settings) -> new AbstractTokenizerFactory(name) {
            @Override
            public Tokenizer create() {
                return new HMMChineseTokenizer();
            }
        });
    }

    private static final class SmartcnAnalyzerProvider extends AbstractIndexAnalyzerProvider<SmartChineseAnalyzer> {
        private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();

        SmartcnAnalyzerProvider(String name) {
            super(name);
        }

        @Override
        public SmartChineseAnalyzer get() {
            return analyzer;
        }
    }
}
