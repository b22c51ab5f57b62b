import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Baseline } from '../src/cli/baseline.js';
import { inShard, shardOf } from '../src/cli/shard.js';
import { clean, createProject, findingsOf, removeProject, sender, settle, tsconfig, writeFiles } from './cli-helpers.js';

describe('settle CLI: baseline', () => {
  let project: string;
  const readBaseline = (): Baseline => JSON.parse(readFileSync(path.join(project, 'settle-baseline.json'), 'utf8')) as Baseline;

  beforeAll(() => {
    project = createProject({ 'tsconfig.json': tsconfig, 'src/sender.ts': sender, 'src/clean.ts': clean });
  });

  afterAll(() => removeProject(project));

  // One legacy codebase's life, step by step: each step depends on the files the previous one left.
  it('--update-baseline records the current findings and exits 0', async () => {
    const run = await settle(['--baseline', 'settle-baseline.json', '--update-baseline'], project);
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'settle: settle-baseline.json: 2 known findings in 1 file\n' });
    expect(readBaseline()).toEqual({
      version: 1,
      files: {
        'src/sender.ts': [
          { rule: 'settle/no-floating-promises', fingerprint: expect.stringMatching(/^[0-9a-f]{20}$/), snippet: "send('hi')" },
          { rule: 'settle/no-unobserved-promise', fingerprint: expect.stringMatching(/^[0-9a-f]{20}$/), snippet: 'b' },
        ],
      },
    });
  });

  it('passes the gate while only known findings remain, even after lines moved and code was re-indented', async () => {
    const shifted = `// A header comment.\n\n${sender.replace("  send('hi');", "    send('hi');").replace('export async function both', '\n\nexport async function both')}`;
    writeFiles(project, { 'src/sender.ts': shifted });
    const run = await settle(['--baseline', 'settle-baseline.json'], project);
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'settle: 2 known findings are in the baseline\n' });
  });

  it('fails on a new finding and reports only that one, also when it repeats a known one in the same function', async () => {
    const current = readFileSync(path.join(project, 'src/sender.ts'), 'utf8');
    writeFiles(project, { 'src/sender.ts': current.replace("    send('hi');\n", "    send('hi');\n  send('hi');\n") });
    const run = await settle(['--baseline', 'settle-baseline.json', '--format', 'json'], project);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('settle: 2 known findings are in the baseline\n');
    // The first of the two identical calls is the known one; the added one (line 7) is new.
    expect(findingsOf(JSON.parse(run.stdout) as ESLint.LintResult[], project)).toEqual(['src/sender.ts 7 settle/no-floating-promises']);
  });

  it('reports baseline entries that no longer occur as removable, and --update-baseline drops them', async () => {
    writeFiles(project, { 'src/sender.ts': sender.replace("  send('hi');", "  await send('hi');") });
    const run = await settle(['--baseline', 'settle-baseline.json'], project);
    expect(run).toEqual({
      code: 0,
      stdout: '',
      stderr: 'settle: 1 known finding is in the baseline\nsettle: 1 baseline entry no longer occurs: remove it with --update-baseline\n',
    });
    const update = await settle(['--baseline', 'settle-baseline.json', '--update-baseline', 'src/sender.ts'], project);
    expect(update.stderr).toBe('settle: settle-baseline.json: 1 known finding in 1 file\n');
    expect(readBaseline().files['src/sender.ts']!.map((entry) => entry.rule)).toEqual(['settle/no-unobserved-promise']);
  });
});

describe('settle CLI: shards', () => {
  let project: string;
  const files = Array.from({ length: 9 }, (_, index) => `src/module-${index}.ts`);

  beforeAll(() => {
    project = createProject({
      'tsconfig.json': tsconfig,
      // Each module has one floating promise, on a line of its own: which file a finding comes from is visible.
      ...Object.fromEntries(
        files.map((file, index) => [
          file,
          `declare function send(): Promise<void>;\n${'\n'.repeat(index)}export function run${index}(): void {\n  send();\n}\n`,
        ]),
      ),
    });
  });

  afterAll(() => removeProject(project));

  it('splits the files across --shard i/n so that every file is linted exactly once', async () => {
    const [full, ...shards] = await Promise.all([
      settle(['-f', 'json'], project),
      ...[1, 2, 3].map((index) => settle(['-f', 'json', '--shard', `${index}/3`], project)),
    ]);
    const linted = (run: { stdout: string }): string[] =>
      (JSON.parse(run.stdout) as ESLint.LintResult[]).map((result) => path.relative(project, result.filePath));
    const perShard = shards.map(linted);
    expect(perShard.flat().sort()).toEqual([...files].sort());
    expect(perShard.every((shard) => shard.length < files.length)).toBe(true);
    expect(shards.map((run) => run.code)).toEqual(perShard.map((shard) => (shard.length > 0 ? 1 : 0)));
    const union = shards.flatMap((run) => findingsOf(JSON.parse(run.stdout) as ESLint.LintResult[], project)).sort();
    expect(union).toEqual(findingsOf(JSON.parse(full!.stdout) as ESLint.LintResult[], project));
    expect(union).toHaveLength(files.length);
  });

  it('assigns a file by its path alone, whatever other files exist', () => {
    const paths = Array.from({ length: 200 }, (_, index) => `packages/p${index % 7}/src/file-${index}.ts`);
    for (const count of [1, 2, 5]) {
      for (const file of paths) {
        const owners = Array.from({ length: count }, (_, index) => index + 1).filter((index) => inShard(file, index, count));
        expect(owners).toEqual([shardOf(file, count)]);
      }
    }
    // Roughly even: no shard of 5 gets fewer than half its share of 200 files.
    const sizes = [1, 2, 3, 4, 5].map((index) => paths.filter((file) => inShard(file, index, 5)).length);
    expect(Math.min(...sizes)).toBeGreaterThan(20);
    expect(shardOf('src/a.ts', 4)).toBe(shardOf('src/a.ts', 4));
  });
});
