import type { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { findingsOf, newFindings } from '../src/cli/new-findings.js';

const file = '/project/src/jobs.ts';

const before = `export async function run(load: () => Promise<number>, wait: () => Promise<void>) {
  const task = load();
  await wait();
  return task;
}
`;

/** The same code after a suggestion inserted a handler on a line of its own, above the wait. */
const after = `export async function run(load: () => Promise<number>, wait: () => Promise<void>) {
  const task = load();
  task.catch(() => {});
  await wait();
  return task;
}
`;

const windowFinding = (line: number, waitLine: number): Linter.LintMessage => ({
  ruleId: 'settle/no-unobserved-promise',
  messageId: 'rejectionWindow',
  message: `\`task\` has no rejection handler while the function waits at line ${waitLine}.`,
  severity: 2,
  line,
  column: 9,
  endLine: line,
  endColumn: 13,
});

const result = (messages: Linter.LintMessage[]): ESLint.LintResult =>
  ({ filePath: file, messages, errorCount: messages.length }) as unknown as ESLint.LintResult;

describe('newFindings: is an edited file worse than before?', () => {
  it('matches a finding whose message names a line that an inserted line moved', () => {
    const known = findingsOf(file, before, [windowFinding(2, 3)]);
    expect(newFindings(known, result([windowFinding(2, 4)]), after)).toBeUndefined();
  });

  it('still counts a finding of another rule as new', () => {
    const known = findingsOf(file, before, [windowFinding(2, 3)]);
    const floating: Linter.LintMessage = {
      ruleId: 'settle/no-floating-promises',
      messageId: 'floating',
      message: 'This promise is started and dropped.',
      severity: 2,
      line: 3,
      column: 3,
      endLine: 3,
      endColumn: 23,
    };
    expect(newFindings(known, result([windowFinding(2, 4), floating]), after)).toEqual({
      kind: 'findings',
      rules: [['settle/no-floating-promises', 1]],
    });
  });
});
