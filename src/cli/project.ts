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
export function findProjects(projects: readonly string[], cwd: string): Project[] {
  const roots =
    projects.length > 0
      ? projects.map((project) => givenTsconfig(project, cwd))
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

function givenTsconfig(project: string, cwd: string): string {
  const given = path.resolve(cwd, project);
  const resolved = ts.sys.directoryExists(given) ? path.join(given, 'tsconfig.json') : given;
  if (!ts.sys.fileExists(resolved)) throw new UsageError(`tsconfig not found: ${project}`);
  return resolved;
}

function missing(cwd: string): never {
  throw new UsageError(`no tsconfig.json in ${cwd} or its parents; pass --project <tsconfig>`);
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
