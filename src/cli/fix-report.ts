import type { EditInfo, Refusal, RefusedEdit } from './fixes.js';
import { relativePath } from './project.js';

/** What a `--fix` run applied and refused. */
export interface FixReport {
  applied: readonly EditInfo[];
  refused: readonly RefusedEdit[];
}

/** A file's part of a {@link FixReport}, as `--format json` shows it next to the file's findings. */
export interface FileFixes {
  applied: { ruleId: string; kind: EditInfo['kind']; messageId: string }[];
  notApplied: { ruleId: string; kind: EditInfo['kind']; messageId: string; line: number; column: number; reason: string }[];
}

/**
 * The lines for stderr: `applied 3 suggestions in 2 files; not applied: 1`, then one line per
 * refused edit (`not applied: src/a.ts:10:5 settle/rule suggestId: why`). None when nothing was tried.
 */
export function fixSummary(report: FixReport, cwd: string): string[] {
  const { applied, refused } = report;
  if (applied.length === 0 && refused.length === 0) return [];
  const fixes = applied.filter((edit) => edit.kind === 'fix').length;
  const suggestions = applied.length - fixes;
  const counted = [
    ...(fixes > 0 ? [plural(fixes, 'fix', 'fixes')] : []),
    ...(suggestions > 0 ? [plural(suggestions, 'suggestion', 'suggestions')] : []),
  ];
  const files = new Set(applied.map((edit) => edit.file)).size;
  const summary = `applied ${counted.length > 0 ? `${counted.join(' and ')} in ${plural(files, 'file', 'files')}` : 'nothing'}`;
  return [
    refused.length > 0 ? `${summary}; not applied: ${refused.length}` : summary,
    ...sorted(refused, cwd).map(
      (edit) =>
        `not applied: ${relativePath(cwd, edit.file)}:${edit.line}:${edit.column} ${editName(edit)}: ${describeRefusal(edit.reason, cwd)}`,
    ),
  ];
}

/** Each file's applied and refused edits, for the JSON report. */
export function fixesByFile(report: FixReport, cwd: string): Map<string, FileFixes> {
  const files = new Map<string, FileFixes>();
  const of = (file: string): FileFixes => {
    let entry = files.get(file);
    if (!entry) files.set(file, (entry = { applied: [], notApplied: [] }));
    return entry;
  };
  for (const { file, ruleId, kind, messageId } of report.applied) of(file).applied.push({ ruleId, kind, messageId });
  for (const edit of sorted(report.refused, cwd)) {
    const { file, ruleId, kind, messageId, line, column, reason } = edit;
    of(file).notApplied.push({ ruleId, kind, messageId, line, column, reason: describeRefusal(reason, cwd) });
  }
  return files;
}

/** Why an edit was not applied, as one phrase (paths relative to `cwd`). */
export function describeRefusal(reason: Refusal, cwd: string): string {
  if (reason.kind === 'unparsable') {
    const parsing = /^Parsing error: /.exec(reason.message);
    return parsing
      ? `the result would not parse (${reason.message.slice(parsing[0].length)})`
      : `the result could not be linted (${reason.message})`;
  }
  if (reason.kind === 'findings') {
    return reason.rules
      .map(([rule, count]) => `${rule} would report ${count === 1 ? 'a new finding' : `${count} new findings`}`)
      .join(', ');
  }
  const [first] = reason.errors;
  const count = reason.errors.length;
  const where = first ? `TS${first.code} at ${relativePath(cwd, first.file)}:${first.line}:${first.column}: ${first.message}` : '';
  const errors = count === 1 ? 'a type error' : `${count} type errors`;
  return `adds ${errors}${reason.together ? ' together with other edits' : ''} (${count > 1 ? 'the first: ' : ''}${where})`;
}

/** `settle/rule suggestionId` for a suggestion, `settle/rule` for a fix. */
function editName(edit: EditInfo): string {
  return edit.kind === 'suggestion' ? `${edit.ruleId} ${edit.messageId}` : edit.ruleId;
}

function sorted(edits: readonly RefusedEdit[], cwd: string): RefusedEdit[] {
  return [...edits].sort(
    (a, b) => relativePath(cwd, a.file).localeCompare(relativePath(cwd, b.file)) || a.line - b.line || a.column - b.column,
  );
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
