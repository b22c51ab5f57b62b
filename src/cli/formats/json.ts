import type { Formatter } from './report.js';

/** ESLint's JSON format: an array of lint results, for tools that already read it. */
export const json: Formatter = (report) =>
  `${JSON.stringify(report.results.map(({ source: _source, output: _output, ...result }) => result))}\n`;
