import type { ESLint, Linter } from 'eslint';

import type { TextEdit } from './edits.js';
import { applyEdits, moved, offsetOf, positionOf } from './edits.js';
import { fingerprintMessages } from './fingerprint.js';
import type { LintRefusal } from './new-findings.js';
import { findingsOf, newFindings } from './new-findings.js';
import type { TypeCheck, TypeError } from './typecheck.js';

/** A fix, or a suggestion applied as one, and the finding that offered it. */
export interface EditInfo {
  file: string;
  ruleId: string;
  kind: 'fix' | 'suggestion';
  /** The suggestion's message id, or the finding's for a fix. */
  messageId: string;
}

/** Why an edit was not applied. */
export type Refusal =
  | LintRefusal
  /** `together`: the edit verified alone, but not with the other edits kept. */
  | { kind: 'types'; errors: TypeError[]; together: boolean };

/** An edit that was not applied, where its finding is in the file as written. */
export interface RefusedEdit extends EditInfo {
  line: number;
  column: number;
  reason: Refusal;
}

/** What the linter and the type checker do for {@link fixVerified}. */
export interface Verifier {
  /** Lints `text` as the content of `file` (the program the rules see has it too). */
  lint(file: string, text: string): Promise<ESLint.LintResult>;
  /** The project's type check, made when the first edits are planned; `edited`: the files that may be edited. */
  typeCheck(edited: ReadonlySet<string>): TypeCheck;
  /** Whether a finding's fix may be applied. */
  fixable(message: Linter.LintMessage): boolean;
  readFile(file: string): string;
}

/** The results for the texts kept, and what was applied and refused. */
export interface FixOutcome {
  /** The results in the order given; a file with edits has its new text's findings. */
  results: ESLint.LintResult[];
  /** The new text of each file that changed. */
  texts: Map<string, string>;
  applied: EditInfo[];
  refused: RefusedEdit[];
  /** Milliseconds spent re-linting and type-checking. */
  time: { lint: number; typeCheck: number };
}

interface Edit extends EditInfo, TextEdit {
  /** Where the finding starts, as an offset into the text the edit applies to. */
  at: number;
  /** Tells the same edit apart in a later pass (where offsets moved). */
  key: string;
}

interface FileState {
  file: string;
  original: string;
  /** The text with the edits kept so far, and its lint result. */
  text: string;
  result: ESLint.LintResult;
  /** The first lint's stats: re-lints are counted as verification time. */
  stats: ESLint.LintResult['stats'];
  attempted: Set<string>;
  /** `at` is an offset into `text`. */
  refused: { edit: EditInfo; at: number; reason: Refusal }[];
}

interface Kept {
  edits: Edit[];
  text: string;
  result: ESLint.LintResult;
}

/** ESLint's limit too: fixes that overlapped one applied are tried in the next pass. */
const maxPasses = 10;

/**
 * Applies the fixes of `results` (a project's, linted unfixed) in memory and keeps only those that
 * verify: the file still parses, no settle rule reports a finding it did not report before, and
 * the project gains no type error. All of a pass's edits are checked together first (one lint per
 * changed file, one type check); only the files that fail are checked again one edit at a time,
 * and a type error in another file is traced to the changed files behind it by bisection.
 */
export async function fixVerified(results: readonly ESLint.LintResult[], verifier: Verifier): Promise<FixOutcome> {
  const time = { lint: 0, typeCheck: 0 };
  const lint = async (file: string, text: string): Promise<ESLint.LintResult> => {
    const start = performance.now();
    try {
      return await verifier.lint(file, text);
    } finally {
      time.lint += performance.now() - start;
    }
  };
  const timed = <T>(check: () => T): T => {
    const start = performance.now();
    try {
      return check();
    } finally {
      time.typeCheck += performance.now() - start;
    }
  };
  let checker: TypeCheck | undefined;
  const newErrors = (texts: ReadonlyMap<string, string>): TypeError[] => timed(() => checker!.newErrors(texts));

  const states = new Map<string, FileState>();
  const applied: EditInfo[] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const planned = new Map<FileState, Edit[]>();
    for (const initial of results) {
      const known = states.get(initial.filePath);
      const result = known?.result ?? initial;
      if (!result.messages.some((message) => message.fix && verifier.fixable(message))) continue;
      const state = known ?? newState(initial, verifier.readFile(initial.filePath));
      const edits = plan(state, verifier.fixable);
      if (edits.length === 0) continue;
      states.set(state.file, state);
      planned.set(state, edits);
    }
    if (planned.size === 0) break;
    if (!checker) {
      // Later passes only fix what earlier ones changed: the files with fixes now are all that is ever edited.
      const edited = results.filter((result) => result.messages.some((message) => message.fix && verifier.fixable(message)));
      checker = timed(() => verifier.typeCheck(new Set(edited.map((result) => result.filePath))));
    }
    applied.push(...(await verifyPass(planned, states, lint, newErrors)));
  }

  return {
    results: results.map((result) => {
      const state = states.get(result.filePath);
      return state ? { ...state.result, ...(state.stats ? { stats: state.stats } : {}) } : result;
    }),
    texts: new Map([...states.values()].filter((state) => state.text !== state.original).map((state) => [state.file, state.text])),
    applied,
    refused: [...states.values()].flatMap((state) =>
      state.refused.map(({ edit, at, reason }) => ({ ...edit, ...positionOf(state.text, at), reason })),
    ),
    time,
  };
}

/** One pass: verifies the planned edits, commits the ones kept, and returns them. */
async function verifyPass(
  planned: ReadonlyMap<FileState, Edit[]>,
  states: ReadonlyMap<string, FileState>,
  lint: (file: string, text: string) => Promise<ESLint.LintResult>,
  newErrors: (texts: ReadonlyMap<string, string>) => TypeError[],
): Promise<EditInfo[]> {
  const changed = [...planned.keys()];
  const kept = new Map<FileState, Kept>();
  const refused = new Map<FileState, { edit: Edit; reason: Refusal }[]>(changed.map((state) => [state, []]));
  const known = new Map(changed.map((state) => [state, findingsOf(state.file, state.text, state.result.messages)]));
  /** Every edited file's text: `extra`, else what this pass kept, else what earlier passes kept. */
  const texts = (extra: ReadonlyMap<string, string> = new Map()): Map<string, string> => {
    const all = new Map<string, string>();
    for (const state of states.values()) {
      const text = extra.get(state.file) ?? kept.get(state)?.text ?? state.text;
      if (text !== state.original) all.set(state.file, text);
    }
    return all;
  };

  // Everything at once: one lint per file, one type check.
  const tentative = new Map<FileState, { text: string; result: ESLint.LintResult; problem: Refusal | undefined }>();
  for (const [state, edits] of planned) {
    for (const edit of edits) state.attempted.add(edit.key);
    const text = applyEdits(state.text, edits);
    const result = await lint(state.file, text);
    tentative.set(state, { text, result, problem: newFindings(known.get(state)!, result, text) });
  }
  const tentativeTexts = (subset: readonly FileState[]): Map<string, string> =>
    new Map(subset.map((state) => [state.file, tentative.get(state)!.text]));
  const errors = newErrors(texts(tentativeTexts(changed)));
  const broken = [...new Set(errors.map((error) => error.file))];
  const redo = new Set(changed.filter((state) => tentative.get(state)!.problem));
  if (errors.length > 0) {
    const rest = changed.filter((state) => !redo.has(state));
    const fails = (subset: readonly FileState[]): boolean => newErrors(texts(tentativeTexts(subset))).length > 0;
    // Usually the files with the new errors broke themselves: rule the others out before bisecting.
    const own = rest.filter((state) => broken.includes(state.file));
    const others = rest.filter((state) => !broken.includes(state.file));
    const found = own.length > 0 && (others.length === 0 || !fails(others)) ? own : culprits(rest, fails);
    for (const state of found) redo.add(state);
  }
  for (const state of changed) {
    if (!redo.has(state)) kept.set(state, { edits: planned.get(state)!, ...tentative.get(state)! });
  }

  // The files that failed: one edit at a time, each kept when it verifies with the ones before it.
  for (const state of redo) {
    const edits: Edit[] = [];
    let last = { text: state.text, result: state.result };
    for (const edit of planned.get(state)!) {
      const text = applyEdits(state.text, [...edits, edit]);
      last = { text, result: await lint(state.file, text) };
      let reason: Refusal | undefined = newFindings(known.get(state)!, last.result, text);
      if (!reason && errors.length > 0) {
        const found = newErrors(texts(new Map([[state.file, text]])));
        if (found.length > 0) reason = { kind: 'types', errors: found, together: false };
      }
      if (reason) refused.get(state)!.push({ edit, reason });
      else edits.push(edit);
    }
    const text = applyEdits(state.text, edits);
    // The program the rules see holds the text linted last: lint the kept text again unless it was that.
    kept.set(state, { edits, text, result: last.text === text ? last.result : await lint(state.file, text) });
  }

  // Edits that verified one by one may still clash: check the kept texts together.
  if (errors.length > 0 && redo.size > 0) {
    for (const suspects of [[...redo], changed]) {
      const left = newErrors(texts());
      if (left.length === 0) break;
      for (const state of suspects) {
        const { edits } = kept.get(state)!;
        if (edits.length === 0) continue;
        refused.get(state)!.push(...edits.map((edit) => ({ edit, reason: { kind: 'types', errors: left, together: true } as const })));
        kept.set(state, { edits: [], text: state.text, result: await lint(state.file, state.text) });
      }
    }
  }

  const applied: EditInfo[] = [];
  for (const state of changed) {
    const { edits, text, result } = kept.get(state)!;
    for (const { edit, reason } of refused.get(state)!) state.refused.push({ edit: info(edit), at: edit.at, reason });
    for (const refusal of state.refused) refusal.at = moved(refusal.at, edits);
    state.text = text;
    state.result = result;
    applied.push(...edits.map(info));
  }
  return applied;
}

/**
 * The files whose edits cause the type errors: halves of `files` are checked until single files
 * remain. Files that break the types only together are returned together.
 */
function culprits<T>(files: readonly T[], fails: (subset: readonly T[]) => boolean): T[] {
  const narrow = (set: readonly T[]): T[] => {
    if (set.length === 1) return [...set];
    const half = Math.ceil(set.length / 2);
    const found = [set.slice(0, half), set.slice(half)].flatMap((part) => (fails(part) ? narrow(part) : []));
    return found.length > 0 ? found : [...set];
  };
  return files.length > 0 && fails(files) ? narrow(files) : [];
}

function newState(result: ESLint.LintResult, text: string): FileState {
  return { file: result.filePath, original: text, text, result, stats: result.stats, attempted: new Set(), refused: [] };
}

/** The edits to try in this pass: in order, not tried before, none overlapping another (as ESLint picks them). */
function plan(state: FileState, fixable: (message: Linter.LintMessage) => boolean): Edit[] {
  const messages = state.result.messages.filter((message) => message.fix && fixable(message));
  const prints = fingerprintMessages(state.text, state.file, messages);
  const edits = messages
    .map((message, index): Edit => {
      const fix = message.fix!;
      const suggestion = message.suggestions?.find(
        (item) => item.fix.range[0] === fix.range[0] && item.fix.range[1] === fix.range[1] && item.fix.text === fix.text,
      );
      return {
        file: state.file,
        ruleId: message.ruleId!,
        kind: suggestion ? 'suggestion' : 'fix',
        messageId: suggestion?.messageId ?? message.messageId ?? '',
        range: fix.range,
        text: fix.text,
        at: offsetOf(state.text, message.line, message.column),
        key: `${message.ruleId}\0${prints[index]!.fingerprint}\0${fix.text}`,
      };
    })
    .filter((edit) => !state.attempted.has(edit.key))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let end = -Infinity;
  return edits.filter((edit) => {
    if (edit.range[0] <= end || edit.range[0] > edit.range[1]) return false;
    end = edit.range[1];
    return true;
  });
}

function info({ file, ruleId, kind, messageId }: EditInfo): EditInfo {
  return { file, ruleId, kind, messageId };
}
