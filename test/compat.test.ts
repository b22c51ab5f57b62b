import type { Linter } from 'eslint';
import { ESLint } from 'eslint';
import { ESLint as ESLint9 } from 'eslint9';
import tseslint from 'typescript-eslint';

import settle from '../src/index.js';
import { backendRecorder } from './backend-recorder.js';

const fixtures = `${import.meta.dirname}/fixtures`;
const code = `declare function send(message: string): Promise<void>;
export async function notify(): Promise<void> {
  send('hi');
  const a = send('a');
  const b = send('b');
  await a;
  await b;
}
`;

const findings = (results: { messages: { ruleId: string | null; line: number }[] }[]): string[] =>
  results.flatMap((result) => result.messages.map((message) => `${message.line} ${message.ruleId}`)).sort();

describe('compatibility', () => {
  it('works on ESLint 9 as well as ESLint 10', async () => {
    const config = [settle.configs.recommended] as Linter.Config[];
    const ten = new ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: config });
    const nine = new ESLint9({ cwd: fixtures, overrideConfigFile: true, overrideConfig: config as never });
    expect(ESLint9.version).toMatch(/^9\./);
    const expected = ['3 settle/no-floating-promises', '5 settle/no-unobserved-promise'];
    expect(findings(await ten.lintText(code, { filePath: `${fixtures}/file.ts` }))).toEqual(expected);
    expect(findings(await nine.lintText(code, { filePath: `${fixtures}/file.ts` }))).toEqual(expected);
  });

  it("composes with typescript-eslint's type-checked configs", async () => {
    const config = [
      ...tseslint.configs.recommendedTypeChecked,
      settle.configs.recommended,
      { rules: { '@typescript-eslint/no-floating-promises': 'off' } },
    ] as Linter.Config[];
    const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: config });
    const [result] = await eslint.lintText(code, { filePath: `${fixtures}/file.ts` });
    expect(result!.messages.filter((message) => message.fatal)).toEqual([]);
    expect(findings([result!])).toEqual(['3 settle/no-floating-promises', '5 settle/no-unobserved-promise']);
  });

  it('type-checks through TypeScript 7.1 with the one-line opt-in from the README, with the same findings', async () => {
    const seen: string[] = [];
    const config = [
      settle.configs.recommended,
      { languageOptions: { parserOptions: { projectService: { EXPERIMENTAL_backend: 'tsgo' } } } },
      { files: ['**/*.ts'], plugins: { backend: backendRecorder(seen) }, rules: { 'backend/record': 'error' } },
    ] as Linter.Config[];
    const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: config });
    const [result] = await eslint.lintText(code, { filePath: `${fixtures}/file.ts` });
    expect(findings([result!])).toEqual(['3 settle/no-floating-promises', '5 settle/no-unobserved-promise']);
    expect(seen).toEqual(['tsgo']);
  });
});
