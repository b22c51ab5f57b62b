import { readdirSync, readFileSync } from 'node:fs';

import type { Linter } from 'eslint';
import { ESLint } from 'eslint';

import plugin from '../src/index.js';

const docsDir = new URL('../docs/rules/', import.meta.url);
const ids = readdirSync(docsDir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -3))
  .sort();
const rules = plugin.rules as Record<string, (typeof plugin.rules)[keyof typeof plugin.rules]>;

/** The `ts` code blocks under a `### <heading>` section, up to the next heading of level 2 or 3. */
function blocksUnder(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`\n### ${heading}\n`);
  if (start < 0) return [];
  const rest = markdown.slice(start + heading.length + 6);
  const end = rest.search(/\n#{2,3} /);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

const eslintFor = (id: string): ESLint =>
  new ESLint({
    cwd: `${import.meta.dirname}/fixtures`,
    overrideConfigFile: true,
    overrideConfig: [{ ...plugin.configs.all, rules: { [`settle/${id}`]: 'error' } } as Linter.Config],
  });

describe.each(ids)('docs/rules/%s.md', (id) => {
  const markdown = readFileSync(new URL(`${id}.md`, docsDir), 'utf8');
  const incorrect = blocksUnder(markdown, 'Incorrect');
  const correct = blocksUnder(markdown, 'Correct');
  const eslint = eslintFor(id);
  const lint = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: `${import.meta.dirname}/fixtures/file.ts` });
    expect(result!.messages.filter((message) => message.fatal)).toEqual([]);
    return result!.messages.filter((message) => message.ruleId === `settle/${id}`);
  };

  it('belongs to a rule and has the expected sections', () => {
    expect(rules[id]).toBeDefined();
    expect(markdown.startsWith(`# settle/${id}\n`)).toBe(true);
    expect(markdown).toContain('<!-- end auto-generated rule header -->');
    expect(markdown).toMatch(/\n## Examples\n[\s\S]*\n### Incorrect\n[\s\S]*\n### Correct\n/);
    expect(markdown).toMatch(/\n## Autofix\n/);
    expect(incorrect.length).toBeGreaterThan(0);
    expect(correct.length).toBeGreaterThan(0);
  });

  it('lists every option', () => {
    const schema = rules[id]!.meta.schema as readonly { properties?: Record<string, unknown> }[];
    for (const option of Object.keys(schema[0]?.properties ?? {})) expect(markdown).toContain(`\`${option}\``);
  });

  it.each(incorrect.map((code, index) => [index + 1, code] as const))('Incorrect example %i is reported', async (_index, code) => {
    expect((await lint(code)).length).toBeGreaterThan(0);
  });

  it.each(correct.map((code, index) => [index + 1, code] as const))('Correct example %i is not reported', async (_index, code) => {
    expect(await lint(code)).toEqual([]);
  });
});

describe('src/analysis/README.md', () => {
  const analysisDir = new URL('../src/analysis/', import.meta.url);
  const map = readFileSync(new URL('README.md', analysisDir), 'utf8');
  const modules = readdirSync(analysisDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.replaceAll('\\', '/'))
    .sort();

  it('finds the analysis modules', () => {
    expect(modules.length).toBeGreaterThan(40);
  });

  it.each(modules)('names %s on a line of its own table', (module) => {
    expect(map).toMatch(new RegExp(`^\\| +\`${module.replaceAll('.', '\\.')}\` +\\| .+ \\| .+ \\|$`, 'm'));
  });

  it('names no module that does not exist', () => {
    const named = [...map.matchAll(/^\| +`([\w/-]+\.ts)` +\|/gm)].map((match) => match[1]).sort();
    expect(named).toEqual(modules);
  });
});
