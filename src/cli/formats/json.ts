import { fixesByFile } from '../fix-report.js';
import type { Formatter } from './report.js';

/**
 * ESLint's JSON format: an array of lint results, for tools that already read it. With `--fix`, a
 * file with edits applied or refused also has `fixes: { applied, notApplied }`.
 */
export const json: Formatter = (report) => {
  const fixes = report.fixes ? fixesByFile(report.fixes, report.cwd) : new Map();
  return `${JSON.stringify(
    report.results.map(({ source: _source, output: _output, ...result }) => {
      const own = fixes.get(result.filePath);
      return own ? { ...result, fixes: own } : result;
    }),
  )}\n`;
};
