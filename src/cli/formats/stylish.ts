import type { Linter } from 'eslint';

import { relativePath } from '../project.js';
import type { Formatter } from './report.js';

const maxFrameWidth = 100;

/** Text for people: findings grouped by file, each with its source line underlined, then a summary. */
export const stylish: Formatter = (report) => {
  const paint = painter(report.color);
  let errors = 0;
  let warnings = 0;
  const blocks: string[] = [];
  for (const result of report.results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const lines = (report.sources.get(result.filePath) ?? '').split(/\r\n|[\r\n\u2028\u2029]/);
    const positions = result.messages.map((message) => `${message.line}:${message.column}`);
    const width = Math.max(...positions.map((position) => position.length));
    const entries = result.messages.map((message, index) => {
      const severity = message.severity === 2 ? paint.red('error') : paint.yellow('warning');
      const rule = message.ruleId ? `  ${paint.dim(message.ruleId)}` : '';
      const head = `  ${positions[index]!.padEnd(width)}  ${severity}  ${message.message.split('\n')[0]}${rule}`;
      return [head, ...codeFrame(lines, message, paint)].join('\n');
    });
    blocks.push(`${paint.underline(relativePath(report.cwd, result.filePath))}\n${entries.join('\n')}\n`);
  }
  if (blocks.length === 0) return '';
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const summary = `${count(errors + warnings, 'problem')} (${count(errors, 'error')}, ${count(warnings, 'warning')})`;
  return `${blocks.join('\n')}\n${errors > 0 ? paint.red(summary) : paint.yellow(summary)}\n`;
};

/** The reported line and a `^^^` under the reported range (to the end of the line when it spans several). */
function codeFrame(lines: readonly string[], message: Linter.LintMessage, paint: Painter): string[] {
  const text = lines[message.line - 1];
  if (text === undefined || text.trim() === '') return [];
  const start = Math.max(message.column - 1, 0);
  // A range on one line is underlined; one over several lines to the end of this one; a point (parse errors) gets one caret.
  const end =
    message.endLine === undefined || message.endColumn === undefined
      ? start + 1
      : message.endLine === message.line
        ? Math.max(message.endColumn - 1, start + 1)
        : Math.max(text.trimEnd().length, start + 1);
  // Long lines are cut to a window around the finding.
  const from = end > maxFrameWidth ? Math.max(0, start - 20) : 0;
  const to = Math.min(text.length, from + maxFrameWidth);
  const shown = `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  const gutter = String(message.line);
  const pad = (from > 0 ? ' ' : '') + text.slice(from, start).replace(/[^\t]/g, ' ');
  const marks = '^'.repeat(Math.max(1, Math.min(end, to) - start));
  return [`    ${paint.dim(`${gutter} |`)} ${shown}`, `    ${paint.dim(`${' '.repeat(gutter.length)} |`)} ${pad}${paint.red(marks)}`];
}

type Painter = Record<'red' | 'yellow' | 'dim' | 'underline', (text: string) => string>;

function painter(color: boolean): Painter {
  const wrap = (open: number, close: number) => (text: string) => (color ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), underline: wrap(4, 24) };
}
