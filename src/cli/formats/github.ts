import { relativePath } from '../project.js';
import type { Formatter } from './report.js';

/** GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff. */
export const github: Formatter = (report) =>
  report.results
    .flatMap((result) =>
      result.messages.map((message) => {
        const properties = [
          `file=${property(relativePath(report.cwd, result.filePath))}`,
          `line=${message.line}`,
          ...(message.endLine === undefined ? [] : [`endLine=${message.endLine}`]),
          `col=${message.column}`,
          ...(message.endColumn === undefined || message.endLine !== message.line ? [] : [`endColumn=${message.endColumn}`]),
          `title=${property(message.ruleId ?? 'parse error')}`,
        ];
        return `::${message.severity === 2 ? 'error' : 'warning'} ${properties.join(',')}::${data(message.message)}\n`;
      }),
    )
    .join('');

function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
