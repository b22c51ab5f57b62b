import { statSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

import { UsageError } from './args.js';

/** One tsconfig and the TypeScript files to lint with it. */
export interface Project {
  tsconfig: string;
  files: string[];
}

const typescriptExtensions = new Set(['.ts', '.tsx', '.mts', '.cts']);

/** Whether a path names a TypeScript source file the plugin's configs apply to. */
export function isTypeScriptFile(file: string): boolean {
  return typescriptExtensions.has(path.extname(file));
}

/** `file` relative to `from`, with `/` separators (what reports and baselines show). */
export function relativePath(from: string, file: string): string {
  return (path.relative(from, file) || '.').split(path.sep).join('/');
}

/**
 * The projects to lint: each `--project` (a file, or a directory as with `tsc -p`), or the nearest
 * `tsconfig.json` from `cwd` up; projects a tsconfig references are added after it.
 */
export function findProjects(projects: readonly string[], cwd: string, paths: readonly string[] = [], all = false): Project[] {
  // `settle examples`: a directory argument with a tsconfig.json of its own is linted as that project.
  const own = projects.length === 0 && paths.length > 0 ? paths.map((item) => ownTsconfig(item, cwd)) : [];
  const roots = all
    ? discovered(cwd)
    : projects.length > 0
      ? projects.flatMap((project) => givenTsconfigs(project, cwd))
      : own.length > 0 && own.every((tsconfig) => tsconfig !== undefined)
        ? (own as string[])
        : [ts.findConfigFile(cwd, ts.sys.fileExists, 'tsconfig.json') ?? missing(cwd)];
  const found = new Map<string, Project>();
  const visit = (tsconfig: string): void => {
    const resolved = path.resolve(tsconfig);
    if (found.has(resolved)) return;
    const { files, references } = readTsconfig(resolved, cwd);
    found.set(resolved, { tsconfig: resolved, files });
    for (const reference of references) visit(reference);
  };
  for (const root of roots) visit(root);
  // A file of several projects is linted once, with the first project that includes it.
  const seen = new Set<string>();
  const result = [...found.values()].map((project) => ({
    ...project,
    files: project.files.filter((file) => !seen.has(file) && seen.add(file)),
  }));
  if (seen.size === 0) throw new UsageError(`${roots.map((root) => shown(root, cwd)).join(', ')} includes no TypeScript files`);
  return result.filter((project) => project.files.length > 0);
}

/**
 * Narrows the projects to the given paths: a file must belong to one of them, a directory keeps the
 * project files under it. Throws a one-line {@link UsageError} for a missing path or a file outside every project.
 */
export function selectPaths(projects: readonly Project[], paths: readonly string[], cwd: string): Project[] {
  if (paths.length === 0) return [...projects];
  const wanted = new Set<string>();
  for (const item of paths) {
    const resolved = path.resolve(cwd, item);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(resolved).isDirectory();
    } catch {
      throw new UsageError(`no such file or directory: ${item}`);
    }
    const inside = projects.flatMap((project) =>
      project.files.filter((file) => (isDirectory ? !path.relative(resolved, file).startsWith('..') : file === resolved)),
    );
    if (inside.length === 0) {
      const names = projects.map((project) => shown(project.tsconfig, cwd)).join(', ');
      throw new UsageError(
        isDirectory
          ? `${item} contains no TypeScript file of the project (${names})`
          : `${item} is not a TypeScript file of the project (${names}); pass --project <tsconfig> for its project`,
      );
    }
    for (const file of inside) wanted.add(file);
  }
  return projects
    .map((project) => ({ ...project, files: project.files.filter((file) => wanted.has(file)) }))
    .filter((project) => project.files.length > 0);
}

/** The tsconfig.json a directory argument holds itself, if any. */
function ownTsconfig(item: string, cwd: string): string | undefined {
  const resolved = path.resolve(cwd, item);
  const tsconfig = path.join(resolved, 'tsconfig.json');
  return ts.sys.directoryExists(resolved) && ts.sys.fileExists(tsconfig) ? tsconfig : undefined;
}

/**
 * The tsconfigs one `--project` names: a file, a directory holding a `tsconfig.json` (as with
 * `tsc -p`), or a pattern with `*` or `?` in its path segments (`packages/*`), which stands for
 * every match that is one of those (node_modules left out).
 */
function givenTsconfigs(project: string, cwd: string): string[] {
  if (!/[*?]/.test(project)) return [givenTsconfig(project, cwd)];
  const matches = expandPattern(project, cwd).flatMap((match) => {
    if (ts.sys.directoryExists(match)) {
      const tsconfig = path.join(match, 'tsconfig.json');
      return ts.sys.fileExists(tsconfig) ? [tsconfig] : [];
    }
    return match.endsWith('.json') && ts.sys.fileExists(match) ? [match] : [];
  });
  if (matches.length === 0) throw new UsageError(`no tsconfig.json matches ${project} (looked in ${cwd})`);
  return matches;
}

/** The paths a pattern with `*`/`?` in its segments matches, in sorted order. */
function expandPattern(pattern: string, cwd: string): string[] {
  const absolute = path.resolve(cwd, pattern);
  const { root } = path.parse(absolute);
  let current = [root];
  for (const segment of absolute.slice(root.length).split(path.sep).filter(Boolean)) {
    if (!/[*?]/.test(segment)) {
      current = current.map((base) => path.join(base, segment));
      continue;
    }
    const matcher = new RegExp(
      `^${segment
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')}$`,
    );
    current = current.flatMap((base) =>
      ts.sys.directoryExists(base)
        ? [
            ...ts.sys.getDirectories(base),
            ...ts.sys.readDirectory(base, undefined, undefined, undefined, 1).map((file) => path.basename(file)),
          ]
            .filter((name) => name !== 'node_modules' && !name.startsWith('.') && matcher.test(name))
            .sort()
            .map((name) => path.join(base, name))
        : [],
    );
  }
  return [...new Set(current)];
}

function givenTsconfig(project: string, cwd: string): string {
  const given = path.resolve(cwd, project);
  if (ts.sys.directoryExists(given)) {
    const tsconfig = path.join(given, 'tsconfig.json');
    if (!ts.sys.fileExists(tsconfig))
      throw new UsageError(`no tsconfig.json in ${project}; pass the tsconfig file itself, or a pattern such as '${project}/*'`);
    return tsconfig;
  }
  if (!ts.sys.fileExists(given)) throw new UsageError(`tsconfig not found: ${project} (no such file or directory in ${cwd})`);
  return given;
}

function missing(cwd: string): never {
  let below: string[];
  try {
    below = tsconfigsBelow(cwd).sort();
  } catch {
    below = []; // a tsconfig below that does not read: --all-projects will name it
  }
  if (below.length === 0) throw new UsageError(`no tsconfig.json in ${cwd}, its parents or below it; pass --project <tsconfig>`);
  const listed = below.slice(0, 3).map((tsconfig) => path.relative(cwd, path.dirname(tsconfig)).split(path.sep).join('/'));
  throw new UsageError(
    `no tsconfig.json in ${cwd} or its parents, but ${below.length} below it (${listed.join(', ')}${below.length > 3 ? ', …' : ''}): run settle --all-projects, or pass --project <tsconfig>`,
  );
}

/** Directories never searched for projects: dependencies and the usual build output. */
const skippedDirectories = new Set(['node_modules', 'dist', 'build', 'out', 'coverage']);

/**
 * Every tsconfig.json below `root` (and in it), skipping {@link skippedDirectories},
 * dot-directories and the build output (`outDir`, `declarationDir`) of the projects found, deepest
 * first: a file that a parent tsconfig includes too is then linted with its nearest one, as the
 * parser's project service does.
 */
function tsconfigsBelow(root: string): string[] {
  const found: string[] = [];
  const walk = (directory: string): void => {
    const tsconfig = path.join(directory, 'tsconfig.json');
    if (ts.sys.fileExists(tsconfig)) found.push(tsconfig);
    for (const name of ts.sys.getDirectories(directory).sort()) {
      if (!skippedDirectories.has(name) && !name.startsWith('.')) walk(path.join(directory, name));
    }
  };
  walk(root);
  // Copies of a tsconfig in another project's build output are not projects.
  const outDirs = found.flatMap((tsconfig) => buildOutput(tsconfig, root));
  const depth = (file: string): number => file.split(path.sep).length;
  return found
    .filter((tsconfig) => !outDirs.some((outDir) => isInside(tsconfig, outDir)))
    .sort((a, b) => depth(b) - depth(a) || a.localeCompare(b));
}

/** The directories a tsconfig compiles into. */
function buildOutput(tsconfig: string, cwd: string): string[] {
  const { config, error } = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (error) throw new UsageError(`${shown(tsconfig, cwd)}: ${ts.flattenDiagnosticMessageText(error.messageText, ' ')}`);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(tsconfig), undefined, tsconfig);
  return [options.outDir, options.declarationDir].filter((item) => item !== undefined).map((item) => path.resolve(item));
}

/**
 * `--all-projects`: the tsconfig.json files below `cwd`, deepest first, so that a file that a
 * parent tsconfig includes too is linted with its nearest one, as the parser's project service does.
 */
function discovered(cwd: string): string[] {
  const found = tsconfigsBelow(cwd);
  if (found.length === 0)
    throw new UsageError(`--all-projects found no tsconfig.json in ${cwd} or below it (node_modules and build output left out)`);
  const depth = (file: string): number => file.split(path.sep).length;
  return found.sort((a, b) => depth(b) - depth(a) || a.localeCompare(b));
}

function isInside(file: string, directory: string): boolean {
  const relative = path.relative(directory, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function shown(tsconfig: string, cwd: string): string {
  const relative = path.relative(cwd, tsconfig);
  return relative.startsWith('..') || relative === '' ? tsconfig : relative;
}

/** The TypeScript files a tsconfig includes (read the way `tsc` reads them) and the tsconfigs it references. */
function readTsconfig(tsconfig: string, cwd: string): { files: string[]; references: string[] } {
  const { config, error } = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (error) throw new UsageError(`${shown(tsconfig, cwd)}: ${ts.flattenDiagnosticMessageText(error.messageText, ' ')}`);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(tsconfig), undefined, tsconfig);
  // "No inputs were found" is fine for a solution-style tsconfig that only lists references.
  const problem = parsed.errors.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error && diagnostic.code !== 18003);
  if (problem) throw new UsageError(`${shown(tsconfig, cwd)}: ${ts.flattenDiagnosticMessageText(problem.messageText, ' ')}`);
  const files = parsed.fileNames.filter((file) => isTypeScriptFile(file) && !/\.d\.[cm]?ts$/.test(file)).map((file) => path.resolve(file));
  const references = (parsed.projectReferences ?? []).map((reference) => ts.resolveProjectReferencePath(reference));
  return { files, references };
}
