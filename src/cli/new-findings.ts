import type { ESLint, Linter } from 'eslint';

import { fingerprintMessages } from './fingerprint.js';

/** What makes an edited file's lint result worse than before. */
export type LintRefusal = { kind: 'unparsable'; message: string } | { kind: 'findings'; rules: [ruleId: string, count: number][] };

/**
 * A file's settle findings, keyed without positions: `exact` by the fingerprint (rule, message,
 * enclosing functions, reported source), `loose` without the reported source, which an edit inside
 * the reported range changes.
 */
export interface Findings {
  exact: Map<string, number>;
  loose: Map<string, number>;
}

function findingKeys(file: string, text: string, messages: readonly Linter.LintMessage[]): { exact: string; loose: string }[] {
  return fingerprintMessages(text, file, messages).map(({ fingerprint, scope }, index) => {
    // Messages that name a line ("waits at line 103") name another one once an edit above adds a line.
    const message = messages[index]!.message.replace(/\bline \d+/g, 'line #');
    const loose = `${messages[index]!.ruleId}\0${message}\0${scope}`;
    return { exact: `${loose}\0${fingerprint}`, loose };
  });
}

function settleFindings(messages: readonly Linter.LintMessage[]): Linter.LintMessage[] {
  return messages.filter((message) => message.ruleId?.startsWith('settle/'));
}

/** The settle findings of a file's lint result. */
export function findingsOf(file: string, text: string, messages: readonly Linter.LintMessage[]): Findings {
  const found: Findings = { exact: new Map(), loose: new Map() };
  for (const { exact, loose } of findingKeys(file, text, settleFindings(messages))) {
    found.exact.set(exact, (found.exact.get(exact) ?? 0) + 1);
    found.loose.set(loose, (found.loose.get(loose) ?? 0) + 1);
  }
  return found;
}

/**
 * Why the edited text's lint result is worse than `known`: it does not parse, or it has findings
 * that match none of `known`, first by fingerprint, then (for what is left) by rule, message and
 * enclosing functions.
 */
export function newFindings(known: Findings, result: ESLint.LintResult, text: string): LintRefusal | undefined {
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal) return { kind: 'unparsable', message: fatal.message };
  const settle = settleFindings(result.messages);
  const exact = new Map(known.exact);
  const loose = new Map(known.loose);
  const take = (counts: Map<string, number>, key: string): boolean => {
    const count = counts.get(key) ?? 0;
    if (count > 0) counts.set(key, count - 1);
    return count > 0;
  };
  const keys = findingKeys(result.filePath, text, settle);
  const unmatched = keys.filter((key) => !(take(exact, key.exact) && take(loose, key.loose)));
  const rules = new Map<string, number>();
  for (const key of unmatched) {
    if (take(loose, key.loose)) continue;
    const rule = settle[keys.indexOf(key)]!.ruleId!;
    rules.set(rule, (rules.get(rule) ?? 0) + 1);
  }
  return rules.size > 0 ? { kind: 'findings', rules: [...rules] } : undefined;
}
