import ts from 'typescript';

import { backendOf, documentedThrows } from '../src/analysis/types/checker.js';
import { missingApiMessage, mismatchMessage, sameTypeScript, SetupError } from '../src/typescript-support.js';

const program = ts.createProgram([`${import.meta.dirname}/fixtures/file.ts`], { noEmit: true, types: [] });
const checker = program.getTypeChecker();
const probe = {
  sourceFileKind: program.getSourceFiles()[0]?.kind,
  stringFlags: checker.getStringType().flags,
  numberFlags: checker.getNumberType().flags,
};

describe('which TypeScript the plugin runs on', () => {
  it('accepts classic TypeScript and names the two ways out for 7.0, which has no compiler API', () => {
    expect(missingApiMessage('6.0.3')).toBeUndefined();
    expect(missingApiMessage('5.9.3')).toBeUndefined();
    expect(missingApiMessage('7.0.2')).toBe(
      'typescript 7.0.2 has no compiler API, which type-aware lint rules need: keep "typescript": "~6.0" installed ' +
        '(optionally next to "@typescript/native": "npm:typescript@7.1.0-beta" for typescript-eslint\'s tsgo backend), or pin typescript to 6.0',
    );
    expect(missingApiMessage('7.1.0-beta')).toMatch(/^typescript 7\.1\.0-beta has no compiler API/);
  });

  it('recognises a program built by its own copy, and one whose numbers belong to another copy', () => {
    expect(sameTypeScript(probe)).toBe(true);
    // TypeScript 5.9 numbers `string` 4 and `number` 8; 6.0 numbers them 32 and 64.
    expect(sameTypeScript({ ...probe, stringFlags: 4, numberFlags: 8 })).toBe(false);
    expect(sameTypeScript({ ...probe, sourceFileKind: probe.sourceFileKind! + 1 })).toBe(false);
    expect(mismatchMessage()).toMatch(
      new RegExp(
        `^the parser built the TypeScript program with a different copy of typescript than the one this plugin loaded \\(${ts.version}\\)`,
      ),
    );
  });

  it('prints a setup error as one line, without a stack', () => {
    const error = new SetupError('typescript 7.0.2 has no compiler API');
    expect(error.stack).toBe('eslint-plugin-settle: typescript 7.0.2 has no compiler API');
    expect(error.message).toBe('typescript 7.0.2 has no compiler API');
  });

  it('tells a classic program from the tsgo adapter', () => {
    expect(backendOf(program)).toBe('classic');
    const adapter = Object.defineProperty({ ...program }, 'getTypeCount', {
      get() {
        throw new Error('Program#getTypeCount is not available on the tsgo API.');
      },
    });
    expect(backendOf(adapter)).toBe('tsgo');
  });
});

describe('documented throws, read from the source text', () => {
  const file = ts.createSourceFile(
    'doc.ts',
    `/**
 * Joins paths.
 * @throws {TypeError} if a segment is not a string.
 */
declare function join(...parts: string[]): string;
/** @exception when the key is missing */
export const read = (key: string): string => key;
// @throws in a line comment is not documentation
declare function plain(): void;
/** @param value the value */
declare function quiet(value: string): void;
`,
    ts.ScriptTarget.ES2022,
    true,
  );
  const [join, read, plain, quiet] = file.statements;

  it('finds @throws and @exception tags, with the thrown type, also on a const arrow function', () => {
    expect(documentedThrows(join!)).toEqual(['{TypeError} if a segment is not a string.']);
    const arrow = (read as ts.VariableStatement).declarationList.declarations[0]!.initializer as ts.ArrowFunction satisfies ts.Node;
    expect(documentedThrows(arrow)).toEqual(['when the key is missing']);
  });

  it('finds nothing in line comments or in documentation without the tag', () => {
    expect(documentedThrows(plain!)).toEqual([]);
    expect(documentedThrows(quiet!)).toEqual([]);
  });
});
