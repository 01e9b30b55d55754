import type { Analyzer, AnalysisInput, AnalysisRecord } from '../schema.js';
import { analyzeReply } from './analyze.js';

/** Bump when a rule or lexicon change can change a stored result. */
export const BUILTIN_ANALYZER_VERSION = '1.2.0';

export { analyzeReply };

export function createBuiltinAnalyzer(): Analyzer {
  return {
    name: 'builtin',
    async analyze(input: AnalysisInput): Promise<AnalysisRecord> {
      const started = performance.now();
      const { result, evidence } = analyzeReply(input);
      return {
        result,
        evidence,
        analyzer: 'builtin',
        analyzerVersion: BUILTIN_ANALYZER_VERSION,
        model: null,
        promptVersion: null,
        latencyMs: performance.now() - started,
        usage: null,
        fallbackReason: null,
      };
    },
  };
}
