import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Linter } from 'eslint';
import { ESLint } from 'eslint';
import ts from 'typescript';

import settle from '../src/index.js';

/*
 * Every suggestion the rules offer on the examples project is applied, one at a time, and the
 * result must still parse and must not add a TypeScript error: a fix never breaks the build.
 */

const root = fileURLToPath(new URL('../examples/', import.meta.url));
const tsconfigPath = path.join(root, 'tsconfig.json');
const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(tsconfigPath, ts.sys.readFile).config, ts.sys, root);

interface Edit {
  file: string;
  label: string;
  text: string;
}

let program: ts.Program | undefined;
const sourceFiles = new Map<string, ts.SourceFile>();

/** Semantic and syntactic errors of `file` when its text is `text` (the rest of the project unchanged). */
function errorsWith(file: string, text: string): string[] {
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === file ? text : readFile(name));
  host.getSourceFile = (name, language, onError, create) => {
    if (path.resolve(name) === file) return ts.createSourceFile(name, text, language, true);
    // Lib and unchanged files are parsed once for the whole test.
    let source = sourceFiles.get(name);
    if (!source) {
      source = getSourceFile(name, language, onError, create);
      if (source) sourceFiles.set(name, source);
    }
    return source;
  };
  program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host, ...(program ? { oldProgram: program } : {}) });
  const source = program.getSourceFile(file)!;
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) =>
    ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  );
}

function apply(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

describe('suggestions on the examples project', () => {
  const edits: Edit[] = [];
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [settle.configs.all, { languageOptions: { parserOptions: { tsconfigRootDir: root } } }] as Linter.Config[],
  });

  beforeAll(async () => {
    for (const result of await eslint.lintFiles(['src/**/*.ts'])) {
      const text = readFileSync(result.filePath, 'utf8');
      for (const message of result.messages) {
        for (const suggestion of message.suggestions ?? []) {
          edits.push({
            file: result.filePath,
            label: `${path.basename(result.filePath)}:${message.line} ${message.ruleId} ${suggestion.messageId}`,
            text: apply(text, suggestion.fix),
          });
        }
      }
    }
  });

  it('offers suggestions for every finding', () => {
    expect(edits.length).toBeGreaterThan(15);
  });

  it('keeps every file parsing and type-checking after each suggestion', () => {
    const failures: string[] = [];
    const baseline = new Map<string, number>();
    for (const edit of edits) {
      if (!baseline.has(edit.file)) baseline.set(edit.file, errorsWith(edit.file, readFileSync(edit.file, 'utf8')).length);
      // Syntactic diagnostics cover "does not parse"; semantic ones cover "does not type-check".
      const errors = errorsWith(edit.file, edit.text);
      if (errors.length > baseline.get(edit.file)!) failures.push(`${edit.label}: ${errors.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});
