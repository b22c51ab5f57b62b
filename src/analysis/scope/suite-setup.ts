import fs from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';

/*
 * Suite setup that makes unhandled rejections loud. Mocha, unlike vitest or node:test, lets an
 * unhandled rejection of the code under test pass unseen (`scope/test-code.ts`), unless the suite
 * adds its own listener: a setup file the runner loads before the specs, with
 * `process.on('unhandledRejection', (reason) => { throw … })`. Then a rejection nobody handles
 * fails the run with its cause, as under vitest. Which specs a setup file covers is what the
 * runner is told: the mocha command lines of the package's `scripts` (the setup file named among
 * the files of one command covers that command's spec globs) and its mocha config (`"mocha"` in
 * `package.json`, `.mocharc.json`/`.jsonc`/`.yml`/`.yaml`: a setup file under `require` or `file`
 * covers every spec the package runs). Approximations: glob arguments are matched with `*`, `**`,
 * `?` and `{a,b}`; a folder stands for everything under it; a script's other tools and a config
 * written as JavaScript are not read (then nothing is covered and the specs keep their reports).
 * The same `scripts` tell whether a spec that only calls runner globals is vitest's
 * (`packageRunsVitest`): vitest fails the run on an unhandled rejection by itself.
 */

/** A listener registration for `unhandledRejection` on `process`. */
const registration = /process\s*\.\s*(on|once|addListener|prependListener)\s*\(\s*['"`]unhandledRejection['"`]/;

interface Coverage {
  /** The package folder the globs are relative to. */
  readonly root: string;
  readonly specs: readonly RegExp[];
}

const coverages = new WeakMap<ts.Program, readonly Coverage[]>();
const verdicts = new WeakMap<ts.SourceFile, boolean>();

/** True when a setup file of the suite that runs the linted file makes every unhandled rejection fail the run. */
export function suiteReportsUnhandledRejections(analysis: Analysis): boolean {
  const program = analysis.services.program;
  const file = analysis.services.esTreeNodeToTSNodeMap.get(analysis.sourceCode.ast);
  return getOrCreate(verdicts, file, () => {
    const fileName = path.resolve(file.fileName);
    return getOrCreate(coverages, program, () => coveragesOf(program)).some(({ root, specs }) => {
      const relative = path.relative(root, fileName).split(path.sep).join('/');
      return !relative.startsWith('..') && specs.some((spec) => spec.test(relative));
    });
  });
}

const vitestPackages = new WeakMap<ts.Program, Map<string, boolean>>();

/**
 * True when the package holding the linted file runs its tests with vitest: a script of its
 * `package.json` invokes `vitest` and none invokes `jest`. A spec that only calls the runner's
 * globals (`describe`, `it`, no import) is then vitest's, which fails the run on an unhandled rejection.
 */
export function packageRunsVitest(analysis: Analysis): boolean {
  const program = analysis.services.program;
  const file = analysis.services.esTreeNodeToTSNodeMap.get(analysis.sourceCode.ast);
  const root = packageRootOf(path.dirname(path.resolve(file.fileName)));
  if (root === undefined) return false;
  const known = getOrCreate(vitestPackages, program, () => new Map<string, boolean>());
  let verdict = known.get(root);
  if (verdict === undefined) {
    const scripts = readJson(path.join(root, 'package.json'))?.scripts;
    const commands =
      typeof scripts === 'object' && scripts !== null ? Object.values(scripts).filter((value) => typeof value === 'string') : [];
    const runs = (tool: string): boolean => commands.some((command) => new RegExp(`(^|[\\s;&|/])${tool}(\\s|$)`).test(command));
    verdict = runs('vitest') && !runs('jest');
    known.set(root, verdict);
  }
  return verdict;
}

function coveragesOf(program: ts.Program): Coverage[] {
  const found: Coverage[] = [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file) || !file.text.includes('unhandledRejection')) continue;
    if (!hasLoudListener(file)) continue;
    const fileName = path.resolve(file.fileName);
    const root = packageRootOf(path.dirname(fileName));
    if (root === undefined) continue;
    const specs = specsCovering(root, path.relative(root, fileName).split(path.sep).join('/'));
    if (specs.length > 0) found.push({ root, specs: specs.map(globPattern) });
  }
  return found;
}

/** True when the file registers an `unhandledRejection` listener on `process` that throws, asserts or exits. */
function hasLoudListener(file: ts.SourceFile): boolean {
  let loud = false;
  const visit = (node: ts.Node): void => {
    if (loud) return;
    if (ts.isCallExpression(node) && registration.test(node.getText(file))) {
      const listener = node.arguments[1];
      if (listener && (ts.isArrowFunction(listener) || ts.isFunctionExpression(listener)) && failsInBody(file, listener.body)) loud = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return loud;
}

/** A body that throws, asserts, or ends the process (outside nested functions). */
function failsInBody(file: ts.SourceFile, body: ts.Node): boolean {
  let fails = false;
  const visit = (node: ts.Node): void => {
    if (fails || ts.isFunctionLike(node)) return;
    if (ts.isThrowStatement(node)) fails = true;
    else if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(file);
      if (/^(assert|expect)\b|\.fail$|^process\.exit$/.test(callee)) fails = true;
    }
    if (!fails) ts.forEachChild(node, visit);
  };
  if (!ts.isBlock(body)) return ts.isCallExpression(body) ? (visit(body), fails) : false;
  ts.forEachChild(body, visit);
  return fails;
}

function packageRootOf(folder: string): string | undefined {
  for (let current = folder; ;) {
    if (fs.existsSync(path.join(current, 'package.json'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** What mocha is told to run, from one command line or one config. */
interface Run {
  /** Files loaded before the specs (`--require`, `--file`). */
  readonly setup: readonly string[];
  readonly specs: readonly string[];
}

/** Options of mocha's command line that take a value (the value is not a spec). */
const valuedOptions = new Set([
  '--config',
  '--package',
  '--reporter',
  '-R',
  '--reporter-option',
  '--reporter-options',
  '-O',
  '--ui',
  '-u',
  '--timeout',
  '-t',
  '--slow',
  '-s',
  '--grep',
  '-g',
  '--fgrep',
  '-f',
  '--extension',
  '--ignore',
  '--exclude',
  '--jobs',
  '-j',
  '--retries',
  '--node-option',
  '-n',
]);

/** The spec globs run together with the setup file `setup` (relative to `root`). */
function specsCovering(root: string, setup: string): string[] {
  const config = mochaConfig(root);
  const scripts = mochaCommands(root);
  const named = (files: readonly string[]): boolean => files.some((file) => matchesSetup(file, setup));
  const defaults = config.specs.length > 0 ? config.specs : ['test'];
  if (named(config.setup)) return [...defaults, ...scripts.flatMap((run) => run.specs)];
  return scripts.filter((run) => named([...run.setup, ...run.specs])).flatMap((run) => (run.specs.length > 0 ? run.specs : defaults));
}

function matchesSetup(argument: string, setup: string): boolean {
  const clean = argument.replace(/^\.\//, '');
  if (globPattern(clean).test(setup)) return true;
  // `--require test/setup` names `test/setup.ts` without its extension.
  return clean === setup.replace(/\.[cm]?[jt]sx?$/, '');
}

function mochaCommands(root: string): Run[] {
  const manifest = readJson(path.join(root, 'package.json'));
  const scripts = manifest && typeof manifest.scripts === 'object' && manifest.scripts !== null ? Object.values(manifest.scripts) : [];
  const runs: Run[] = [];
  for (const script of scripts) {
    if (typeof script !== 'string') continue;
    for (const command of script.split(/&&|\|\||;/)) {
      const words = (command.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((word) => word.replace(/^["']|["']$/g, ''));
      const at = words.findIndex((word) => /(^|\/)mocha$/.test(word));
      if (at >= 0) runs.push(runOf(words.slice(at + 1)));
    }
  }
  return runs;
}

function runOf(words: readonly string[]): Run {
  const setup: string[] = [];
  const specs: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const [flag, inline] = word.startsWith('-') && word.includes('=') ? word.split('=', 2) : [word, undefined];
    if (flag === '--require' || flag === '-r' || flag === '--file') {
      const value = inline ?? words[(index += 1)];
      if (value !== undefined) setup.push(value);
    } else if (valuedOptions.has(flag ?? '')) {
      if (inline === undefined) index += 1;
    } else if (!word.startsWith('-')) {
      specs.push(word);
    }
  }
  return { setup, specs };
}

function mochaConfig(root: string): Run {
  const manifest = readJson(path.join(root, 'package.json'));
  const sources: unknown[] = [manifest?.mocha, readJson(path.join(root, '.mocharc.json')), readJson(path.join(root, '.mocharc.jsonc'))];
  for (const name of ['.mocharc.yml', '.mocharc.yaml']) sources.push(readYamlLists(path.join(root, name)));
  const setup: string[] = [];
  const specs: string[] = [];
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
  for (const source of sources) {
    if (typeof source !== 'object' || source === null) continue;
    const record = source as Record<string, unknown>;
    setup.push(...strings(record.require), ...strings(record.file));
    specs.push(...strings(record.spec));
  }
  return { setup, specs };
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    // `.jsonc` and hand-written configs may carry comments.
    const text = fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The `require`, `file` and `spec` keys of a YAML mocha config: a scalar or a `- item` list each. */
function readYamlLists(file: string): Record<string, string[]> | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const lists: Record<string, string[]> = {};
  let key: string | undefined;
  for (const line of text.split('\n')) {
    const entry = /^([\w-]+):\s*(.*)$/.exec(line);
    if (entry) {
      key = entry[1];
      const value = entry[2]?.trim().replace(/^["']|["']$/g, '');
      if (key && value) lists[key] = [...(lists[key] ?? []), value];
      continue;
    }
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (key && item?.[1]) lists[key] = [...(lists[key] ?? []), item[1].trim().replace(/^["']|["']$/g, '')];
  }
  return lists;
}

/** A glob (relative to the package) as a pattern over relative paths; a plain folder stands for everything under it. */
function globPattern(glob: string): RegExp {
  const clean = glob.replace(/^\.\//, '').replace(/\/$/, '');
  const isFolder = !/[*?{]/.test(clean) && !/\.[cm]?[jt]sx?$/.test(clean);
  let source = '';
  for (let index = 0; index < clean.length; index += 1) {
    const char = clean[index] ?? '';
    if (char === '*' && clean[index + 1] === '*') {
      const slash = clean[index + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      index += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') source += '(?:';
    else if (char === '}') source += ')';
    else if (char === ',' && clean.lastIndexOf('{', index) > clean.lastIndexOf('}', index)) source += '|';
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}${isFolder ? '(?:/.*)?' : ''}$`);
}
