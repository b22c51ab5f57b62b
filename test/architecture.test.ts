import { readdirSync, readFileSync } from 'node:fs';

// The shape src/analysis/README.md describes: folders that depend downwards only, rules that
// neither import `typescript` nor walk nodes by hand.

const root = new URL('../', import.meta.url);
const filesUnder = (dir: string): string[] =>
  readdirSync(new URL(dir, root), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${dir}${file.replaceAll('\\', '/')}`);
const read = (file: string): string => readFileSync(new URL(file, root), 'utf8');
const importsOf = (file: string): string[] => [...read(file).matchAll(/^import [^;]*? from '([^']+)';$/gms)].map((match) => match[1]!);

/** The analysis folders each folder may import (besides itself and the root modules). */
const allowed: Record<string, readonly string[]> = {
  syntax: [],
  types: ['syntax'],
  scope: ['syntax', 'types'],
  flow: ['syntax', 'types'],
  promises: ['syntax', 'types', 'scope', 'flow'],
  executors: ['syntax', 'types', 'scope', 'flow'],
  cancellation: ['syntax', 'types', 'scope', 'flow'],
};

const analysisFiles = filesUnder('src/analysis/');

describe('src/analysis', () => {
  it.each(analysisFiles.filter((file) => file.split('/').length > 3))('%s imports only the folders below its own', (file) => {
    const folder = file.split('/')[2]!;
    expect(Object.keys(allowed)).toContain(folder);
    const crossed = importsOf(file)
      .filter((specifier) => specifier.startsWith('../'))
      .map((specifier) => specifier.split('/')[1]!)
      .filter((target) => !target.endsWith('.js') && target !== folder && !allowed[folder]!.includes(target));
    expect(crossed).toEqual([]);
  });

  it('never imports rules, the fix builders or the CLI', () => {
    for (const file of analysisFiles) {
      expect(
        importsOf(file).filter((specifier) => /\/(rules|fix|cli)(\/|\.js)/.test(specifier)),
        file,
      ).toEqual([]);
    }
  });

  it('walks nodes with the one walker only', () => {
    for (const file of [...analysisFiles, ...filesUnder('rules/')]) {
      expect(read(file), file).not.toMatch(/Object\.entries\(node/);
    }
  });

  it('talks to the TypeScript checker through the facade only', () => {
    for (const file of analysisFiles.filter((name) => name !== 'src/analysis/types/checker.ts')) {
      expect(read(file), file).not.toMatch(/getTypeChecker\(|\.getTypeAtLocation\(|\.getResolvedSignature\(/);
    }
  });
});

describe('rules/', () => {
  it.each(filesUnder('rules/'))('%s imports neither typescript nor the checker', (file) => {
    expect(importsOf(file)).not.toContain('typescript');
    expect(read(file)).not.toMatch(/getTypeChecker\(|checkerOf\(/);
  });
});
