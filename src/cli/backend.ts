import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import ts from 'typescript';

import type { BackendChoice } from './args.js';
import { UsageError } from './args.js';

/*
 * Which type-checker backend the CLI asks typescript-eslint for.
 *
 * - `classic`: the `typescript` package's own compiler API (TypeScript 5.x or 6.0).
 * - `tsgo`: TypeScript 7.1's native compiler, installed under the npm alias `@typescript/native`,
 *   through typescript-eslint's experimental adapter (8.73 and later). It needs classic TypeScript
 *   6.0 next to it (the parser still converts its trees with it), Node.js able to `require()` ES
 *   modules (20.19, 22.12 or newer), and the project service: a tsconfig that is not named
 *   `tsconfig.json` can only be handed to the parser as `project`, which the adapter does not take.
 *
 * `auto` (the default) picks `tsgo` when all of that is installed and `classic` otherwise.
 */

/** A backend the parser can be asked for. */
export type Backend = 'classic' | 'tsgo';

/** Where the parser the configs use resolves its packages from. */
function parserRequire(): NodeJS.Require {
  const own = createRequire(import.meta.url);
  return createRequire(own.resolve('@typescript-eslint/parser'));
}

function versionOf(require: NodeJS.Require, name: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}

/** `[major, minor]` of a version string. */
function majorMinor(version: string): [number, number] {
  const [major = 0, minor = 0] = version.split('.').map((part) => Number.parseInt(part, 10));
  return [major, minor];
}

const atLeast = (version: string, major: number, minor: number): boolean => {
  const [actualMajor, actualMinor] = majorMinor(version);
  return actualMajor > major || (actualMajor === major && actualMinor >= minor);
};

/** Why the tsgo backend cannot run here (one clause), or `undefined` when it can. */
export function tsgoUnavailable(): string | undefined {
  if ((process.features as { require_module?: boolean }).require_module !== true) {
    return `it needs Node.js 20.19, 22.12 or newer (this is ${process.version})`;
  }
  if (ts.versionMajorMinor !== '6.0') return `it needs classic typescript 6.0 next to TypeScript 7.1 (typescript is ${ts.version})`;
  let estree: NodeJS.Require;
  let estreeVersion: string;
  try {
    const parser = parserRequire();
    estree = createRequire(parser.resolve('@typescript-eslint/typescript-estree'));
    estreeVersion = versionOf(parser, '@typescript-eslint/typescript-estree') ?? '0.0.0';
  } catch {
    return 'typescript-eslint could not be found';
  }
  if (!atLeast(estreeVersion, 8, 73)) return `it needs typescript-eslint 8.73 or newer (this is ${estreeVersion})`;
  const native = versionOf(estree, '@typescript/native');
  if (native === undefined) return 'it needs "@typescript/native": "npm:typescript@7.1.0-beta" (or newer) installed';
  if (!atLeast(native, 7, 1)) return `it needs @typescript/native 7.1 or newer (this is ${native})`;
  return undefined;
}

/** The backend a run uses: `auto` resolved, a forced `tsgo` that cannot run refused with the reason. */
export function chooseBackend(choice: BackendChoice): Backend {
  if (choice === 'classic') return 'classic';
  const reason = tsgoUnavailable();
  if (reason === undefined) return 'tsgo';
  if (choice === 'tsgo') throw new UsageError(`--backend tsgo cannot run here: ${reason}`);
  return 'classic';
}

/** True when the parser can use the tsgo backend for this tsconfig (it must be found by the project service). */
export function tsgoTakes(tsconfig: string): boolean {
  return path.basename(tsconfig) === 'tsconfig.json';
}
