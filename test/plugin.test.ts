import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

import type { Linter } from 'eslint';
import { ESLint } from 'eslint';

import plugin from '../src/index.js';

const ids = readdirSync(new URL('../rules/', import.meta.url))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const rules = plugin.rules as Record<string, (typeof plugin.rules)[keyof typeof plugin.rules]>;

describe('plugin surface', () => {
  it('has meta with the package name and version', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    expect(plugin.meta).toMatchObject({ name: manifest.name, version: manifest.version });
  });

  it('publishes the plugin entry, its types and the settle bin from dist/', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, { types?: string; default?: string } | string>;
      bin: Record<string, string>;
      files: string[];
    };
    expect(manifest.exports['.']).toEqual({ types: './dist/src/index.d.ts', default: './dist/src/index.js' });
    expect(manifest.bin).toEqual({ settle: './dist/src/cli/index.js' });
    // `npm test` builds first, so the published entry points exist.
    for (const file of [manifest.bin['settle']!, './dist/src/index.js', './dist/src/index.d.ts']) {
      expect(existsSync(new URL(`../${file}`, import.meta.url))).toBe(true);
    }
    expect(readFileSync(new URL(`../${manifest.bin['settle']}`, import.meta.url), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('packs the built plugin, rules, CLI and docs', () => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: new URL('..', import.meta.url),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [pack] = JSON.parse(output) as [{ files: { path: string }[] }];
    const files = pack.files.map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(['dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/cli/index.js', 'README.md']));
    for (const id of ids) expect(files).toEqual(expect.arrayContaining([`dist/rules/${id}.js`, `docs/rules/${id}.md`]));
    expect(files.some((file) => file.startsWith('test/') || file.startsWith('src/') || file.startsWith('examples/'))).toBe(false);
  });

  it('registers exactly the rule files', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(ids);
  });

  it.each(ids)('%s is documented, tested, in the README and in the configs', (id) => {
    const rule = rules[id]!;
    const docs = rule.meta.docs!;
    expect(existsSync(new URL(`../docs/rules/${id}.md`, import.meta.url))).toBe(true);
    expect(existsSync(new URL(`./rules/${id}.test.ts`, import.meta.url))).toBe(true);
    expect(docs.url).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    expect(docs.description).toMatch(/^(Disallow|Require|Enforce) .*[^.]$/);
    expect(docs.requiresTypeChecking).toBe(true);
    expect(plugin.configs.all.rules).toHaveProperty(`settle/${id}`);
    if (docs.recommended === 'recommended') expect(plugin.configs.recommended.rules).toHaveProperty(`settle/${id}`);
    else expect(readFileSync(new URL(`../docs/rules/${id}.md`, import.meta.url), 'utf8')).toMatch(/not in `recommended`/);
    for (const message of Object.values(rule.meta.messages)) expect(message).toMatch(/\.$/);
    for (const messageId of Object.keys(rule.meta.messages)) {
      if (messageId.startsWith('suggest')) expect(rule.meta.hasSuggestions).toBe(true);
    }
    expect(readme).toContain(`[${id}](docs/rules/${id}.md)`);
  });

  it('rejects malformed settings.settle with a clear message', async () => {
    const eslint = new ESLint({
      cwd: `${import.meta.dirname}/fixtures`,
      overrideConfigFile: true,
      overrideConfig: [plugin.configs.recommended as Linter.Config, { settings: { settle: { promoteToFix: 'no-floating-promises' } } }],
    });
    const code = 'declare function send(): Promise<void>;\nexport async function f() { send(); }\n';
    await expect(eslint.lintText(code, { filePath: `${import.meta.dirname}/fixtures/file.ts` })).rejects.toThrow(
      /settings\.settle\.promoteToFix must be an array/,
    );
  });

  it('config tests declares its files test code, so the runner semantics apply to helpers that show no runner', async () => {
    expect(plugin.configs.tests.files).toEqual(
      expect.arrayContaining(['**/test/**/*.{ts,tsx,mts,cts}', '**/*.{test,spec}.{ts,tsx,mts,cts}']),
    );
    expect(plugin.configs.tests.settings).toEqual({ settle: { testCode: true } });
    // Waiting for a task only to let it finish is a test idiom, and a lost error in library code.
    const code = 'declare function task(): Promise<void>;\nexport async function drain() { await Promise.allSettled([task()]); }\n';
    const lint = async (extra: Linter.Config[]) => {
      const eslint = new ESLint({
        cwd: `${import.meta.dirname}/fixtures`,
        overrideConfigFile: true,
        overrideConfig: [plugin.configs.recommended as Linter.Config, ...extra],
      });
      const [result] = await eslint.lintText(code, { filePath: `${import.meta.dirname}/fixtures/file.ts` });
      return result!.messages.map((message) => message.ruleId);
    };
    expect(await lint([])).toEqual(['settle/no-unchecked-settled-results']);
    expect(await lint([{ ...(plugin.configs.tests as Linter.Config), files: ['**/file.ts'] }])).toEqual([]);
    // Declared not to be test code, a file named as a test is library code again.
    expect(await lint([{ files: ['**/file.ts'], settings: { settle: { testCode: false } } }])).toEqual([
      'settle/no-unchecked-settled-results',
    ]);
  });

  it('rejects a settings.settle.testCode that is not a boolean', async () => {
    const eslint = new ESLint({
      cwd: `${import.meta.dirname}/fixtures`,
      overrideConfigFile: true,
      overrideConfig: [plugin.configs.recommended as Linter.Config, { settings: { settle: { testCode: 'yes' } } }],
    });
    const code = 'declare function send(): Promise<void>;\nexport async function f() { send(); }\n';
    await expect(eslint.lintText(code, { filePath: `${import.meta.dirname}/fixtures/file.ts` })).rejects.toThrow(
      /settings\.settle\.testCode must be true or false/,
    );
  });

  it.each(['recommended', 'strict', 'all'] as const)('config %s is complete and resolves in ESLint', async (name) => {
    const config = plugin.configs[name];
    expect(config.files).toEqual(expect.arrayContaining(['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts']));
    expect(config.languageOptions?.parserOptions).toMatchObject({ projectService: true });
    const expected = Object.entries(rules)
      .filter(
        ([, rule]) =>
          name === 'all' ||
          rule.meta.docs!.recommended === 'recommended' ||
          (name === 'strict' && rule.meta.docs!.recommended === 'strict'),
      )
      .map(([id]) => `settle/${id}`)
      .sort();
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(expected);
    const eslint = new ESLint({
      cwd: `${import.meta.dirname}/fixtures`,
      overrideConfigFile: true,
      overrideConfig: [config as Linter.Config],
    });
    const resolved = (await eslint.calculateConfigForFile('file.ts')) as { rules: Record<string, unknown> };
    for (const id of expected) expect(resolved.rules).toHaveProperty(id);
  });
});
