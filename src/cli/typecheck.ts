import { createHash } from 'node:crypto';
import path from 'node:path';

import ts from 'typescript';

/** A type error that edited files add to a project. */
export interface TypeError {
  file: string;
  line: number;
  column: number;
  /** `TS2345` without the prefix. */
  code: number;
  /** The first line of the message. */
  message: string;
}

/** Type-checks a project with some of its files edited in memory. */
export interface TypeCheck {
  /**
   * The errors of the project with `texts` (file → edited text; the other files as on disk) that
   * the project on disk does not have. Errors are matched by file, code and message, not by
   * position, so lines that moved keep an error known.
   */
  newErrors(texts: ReadonlyMap<string, string>): TypeError[];
}

/** `version` is what `ts.createIncrementalCompilerHost` sets for the builder (not in the public typings). */
type Versioned = ts.SourceFile & { version?: string };

/** A program whose files can be reused, and the files of it that are going to be edited. */
export interface Reusable {
  program: ts.Program | undefined;
  edited: ReadonlySet<string>;
}

/**
 * A {@link TypeCheck} for the project of `tsconfig`, incremental the way `tsc --watch` is: each
 * check builds a program from the last one and checks only the files an edit can affect (the
 * edited files, and those that import them while what they import changes shape); a file is
 * checked as it is on disk only when it is affected. Files that will not be edited come from
 * `reuse.program` (typescript-eslint's, parsed and bound already). Edited files are parsed anew:
 * typescript-eslint updates its copy of a file in place when the file is linted with an edit.
 */
export function createTypeCheck(tsconfig: string, reuse: Reusable = { program: undefined, edited: new Set() }): TypeCheck {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const options = config?.options ?? {};
  const host = ts.createCompilerHost(options);
  const onDisk = new Map<string, ts.SourceFile | undefined>();
  const edited = new Map<string, ts.SourceFile>();
  let overrides: ReadonlyMap<string, string> = new Map();
  const { getSourceFile, readFile } = host;
  const versioned = (sourceFile: Versioned | undefined): ts.SourceFile | undefined => {
    // The builder tells files apart by version: typescript-eslint's have one, ours get the text's hash.
    if (sourceFile && sourceFile.version === undefined) sourceFile.version = createHash('sha256').update(sourceFile.text).digest('hex');
    return sourceFile;
  };
  const shared = (fileName: string, languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions): ts.SourceFile | undefined => {
    if (reuse.edited.has(path.resolve(fileName))) return undefined;
    const sourceFile: Versioned | undefined = reuse.program?.getSourceFile(fileName);
    const wanted = typeof languageVersion === 'object' ? languageVersion : { languageVersion };
    return sourceFile?.version !== undefined &&
      sourceFile.languageVersion === wanted.languageVersion &&
      sourceFile.impliedNodeFormat === wanted.impliedNodeFormat
      ? sourceFile
      : undefined;
  };
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = overrides.get(path.resolve(fileName));
    if (text === undefined) {
      if (!onDisk.has(fileName)) {
        const sourceFile = shared(fileName, languageVersion) ?? getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate);
        onDisk.set(fileName, versioned(sourceFile));
      }
      return onDisk.get(fileName);
    }
    // The same edited text comes back while edits are tried one by one: parse it once.
    const key = `${fileName}\0${text}`;
    let sourceFile = edited.get(key);
    if (!sourceFile) edited.set(key, (sourceFile = versioned(ts.createSourceFile(fileName, text, languageVersion))!));
    return sourceFile;
  };
  host.readFile = (fileName) => overrides.get(path.resolve(fileName)) ?? readFile.call(host, fileName);

  let builder: ts.SemanticDiagnosticsBuilderProgram | undefined;
  const build = (texts: ReadonlyMap<string, string>): ts.SemanticDiagnosticsBuilderProgram => {
    overrides = texts;
    const program = ts.createProgram({
      rootNames: config?.fileNames ?? [],
      options,
      host,
      ...(config?.projectReferences ? { projectReferences: config.projectReferences } : {}),
      ...(builder ? { oldProgram: builder.getProgram() } : {}),
    });
    return (builder = ts.createSemanticDiagnosticsBuilderProgram(program, host, builder));
  };
  const diskProgram = build(new Map()).getProgram();
  // The project as it is on disk is the starting point: take its files off the to-check list unchecked.
  while (builder!.getSemanticDiagnosticsOfNextAffectedFile(undefined, () => true));

  const known = new Map<string, Map<string, number>>();
  const knownIn = (sourceFile: ts.SourceFile): Map<string, number> => {
    let counts = known.get(sourceFile.fileName);
    if (!counts) {
      known.set(sourceFile.fileName, (counts = new Map()));
      const onDiskFile = diskProgram.getSourceFile(sourceFile.fileName);
      for (const { key } of onDiskFile ? errorsOf(diskProgram, onDiskFile) : []) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  // Every file an edit has affected so far: the others still have the errors they have on disk.
  const touched = new Set<string>();

  return {
    newErrors(texts) {
      const current = build(texts);
      for (;;) {
        const next = current.getSemanticDiagnosticsOfNextAffectedFile();
        if (!next) break;
        if (next.affected !== current.getProgram()) touched.add((next.affected as ts.SourceFile).fileName);
      }
      return [...touched].flatMap((fileName) => {
        const sourceFile = current.getSourceFile(fileName);
        if (!sourceFile || current.getProgram().isSourceFileDefaultLibrary(sourceFile)) return [];
        const counts = knownIn(sourceFile);
        const seen = new Map<string, number>();
        return errorsOf(current, sourceFile)
          .filter(({ key }) => {
            const count = (seen.get(key) ?? 0) + 1;
            seen.set(key, count);
            return count > (counts.get(key) ?? 0);
          })
          .map(({ error }) => error);
      });
    },
  };
}

function errorsOf(program: ts.Program | ts.BuilderProgram, sourceFile: ts.SourceFile): { key: string; error: TypeError }[] {
  return [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)]
    .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
    .map((diagnostic) => {
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      const { line, character } = sourceFile.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      const file = path.resolve(sourceFile.fileName);
      return {
        key: `${file}\0${diagnostic.code}\0${text}`,
        error: { file, line: line + 1, column: character + 1, code: diagnostic.code, message: text.split('\n')[0]! },
      };
    });
}
