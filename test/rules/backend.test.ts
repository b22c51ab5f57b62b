import { ESLint } from 'eslint';

import settle from '../../src/index.js';
import { backendRecorder } from '../backend-recorder.js';

// `npm run test:tsgo` runs the rule tests with TYPESCRIPT_ESLINT_EXPERIMENTAL_BACKEND=tsgo. When
// typescript-eslint cannot load TypeScript 7.1 it falls back to classic without a word, and that
// run would prove nothing: this test fails instead.
describe('the backend the rule tests run on', () => {
  it('is the one the environment asks for, with the rule tester’s parser options', async () => {
    const seen: string[] = [];
    const fixtures = `${import.meta.dirname}/../fixtures`;
    const eslint = new ESLint({
      cwd: fixtures,
      overrideConfigFile: true,
      overrideConfig: [
        settle.configs.recommended,
        {
          files: ['**/*.ts'],
          plugins: { backend: backendRecorder(seen) },
          rules: { 'backend/record': 'error' },
          languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixtures } },
        },
      ] as never,
    });
    const [result] = await eslint.lintText("declare function send(m: string): Promise<void>;\nsend('x');\n", {
      filePath: `${fixtures}/file.ts`,
    });
    expect(result!.messages.map((message) => message.ruleId)).toEqual(['settle/no-floating-promises']);
    expect(seen).toEqual([process.env['TYPESCRIPT_ESLINT_EXPERIMENTAL_BACKEND'] === 'tsgo' ? 'tsgo' : 'classic']);
  });
});
