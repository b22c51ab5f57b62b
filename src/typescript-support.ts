import { createRequire } from 'node:module';
import path from 'node:path';

import ts from 'typescript';

import type { ProgramProbe } from './analysis/types/checker.js';

/*
 * Which TypeScript the plugin runs on, checked before anything else asks it a question.
 *
 * - TypeScript 7.0 (`typescript@latest` since July 2026) is the native compiler with no compiler
 *   API: `import ts from 'typescript'` gives only `{ version }`. Type-aware rules cannot run on it;
 *   the ways out are classic TypeScript 6.0 alone, or 6.0 next to TypeScript 7.1 under the npm alias
 *   `@typescript/native`, which typescript-eslint's tsgo backend type-checks through.
 * - Two copies: the parser builds the Program with the `typescript` it resolves, the rules read
 *   node kinds and type flags with the one the plugin resolves. When they differ (a nested copy, a
 *   hoisting accident), the numbers mean different things (5.9 and 6.0 number type flags
 *   differently) and every type question gets a wrong answer: rules would report nothing, silently.
 *   The first Program the rules see is therefore checked against the plugin's copy.
 *
 * Both problems throw a {@link SetupError}: one line, no stack, in ESLint and in the `settle` CLI.
 */

/** A problem with the installation, not with the linted code: one clear line, printed without a stack. */
export class SetupError extends Error {
  /** The one line, kept apart from `message`, which ESLint prefixes with the rule it was loading. */
  readonly reason: string;

  constructor(message: string) {
    super(message);
    this.reason = message;
    this.name = 'SetupError';
    // ESLint's CLI prints an error's `stack`: make it the one line.
    this.stack = `eslint-plugin-settle: ${message}`;
  }
}

/** The major version of a TypeScript version string (`7` for `7.0.2`). */
function majorOf(version: string): number {
  return Number.parseInt(version, 10);
}

/** The one-line explanation for a `typescript` without the compiler API (7.0 and later), or `undefined`. */
export function missingApiMessage(version: string): string | undefined {
  if (majorOf(version) < 7) return undefined;
  return (
    `typescript ${version} has no compiler API, which type-aware lint rules need: keep "typescript": "~6.0" installed ` +
    `(optionally next to "@typescript/native": "npm:typescript@7.1.0-beta" for typescript-eslint's tsgo backend), or pin typescript to 6.0`
  );
}

/** Throws a {@link SetupError} when the plugin's `typescript` has no compiler API. */
export function assertTypeScriptApi(): void {
  const message = missingApiMessage(ts.version);
  if (message) throw new SetupError(message);
}

/** True when the probe's numbers are the plugin's own copy's: the Program was built by the same TypeScript. */
export function sameTypeScript(probe: ProgramProbe): boolean {
  return (
    (probe.sourceFileKind === undefined || probe.sourceFileKind === ts.SyntaxKind.SourceFile) &&
    probe.stringFlags === ts.TypeFlags.String &&
    probe.numberFlags === ts.TypeFlags.Number
  );
}

/** The copies of TypeScript loaded in this process, as `version (path)`. */
function loadedCopies(): string[] {
  const cache = createRequire(import.meta.url).cache;
  const copies = new Set<string>();
  for (const file of Object.keys(cache)) {
    const match = /^(.*[\\/]node_modules[\\/]typescript)[\\/]lib[\\/]typescript\.js$/.exec(file);
    if (!match) continue;
    const exported = cache[file]?.exports as { version?: unknown } | undefined;
    const version = typeof exported?.version === 'string' ? exported.version : 'unknown version';
    copies.add(`${version} (${path.relative(process.cwd(), match[1]!) || '.'})`);
  }
  return [...copies];
}

/** The one-line explanation for a Program built by another copy of TypeScript. */
export function mismatchMessage(): string {
  const copies = loadedCopies();
  return (
    `the parser built the TypeScript program with a different copy of typescript than the one this plugin loaded (${ts.version}), ` +
    `so every type question would be answered wrongly and the rules would report nothing` +
    (copies.length > 1 ? `; loaded: ${copies.join(', ')}` : '') +
    `. Install one copy (npm dedupe, or give typescript and typescript-eslint matching versions)`
  );
}
