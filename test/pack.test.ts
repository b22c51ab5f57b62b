// The published package, as users get it: `npm pack`, installed into scratch projects next to
// ESLint 9 and ESLint 10, used through `eslint.config.js` and through the `settle` bin.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '..');
const typescriptVersion = (JSON.parse(readFileSync(path.join(repo, 'node_modules/typescript/package.json'), 'utf8')) as { version: string })
  .version;

const source = `declare function send(message: string): Promise<void>;

export async function notify(): Promise<void> {
  send('hi');
  const a = send('a');
  const b = send('b');
  await a;
  await b;
}

export async function fine(): Promise<void> {
  await send('ok');
}
`;
const expected = ['4 settle/no-floating-promises', '6 settle/no-unobserved-promise'];

interface Result {
  filePath: string;
  messages: { line: number; ruleId: string | null }[];
}

/** Runs a command in `cwd`; resolves with its exit code and output instead of throwing on exit 1. */
async function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr: withoutNpmWarnings(stderr) };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: withoutNpmWarnings(failed.stderr ?? '') };
  }
}

/** npm's own warnings about the machine's npm configuration are not the tools' output. */
const withoutNpmWarnings = (stderr: string): string => stderr.replace(/^npm warn .*\n/gm, '');

const findings = (stdout: string): string[] =>
  (JSON.parse(stdout) as Result[]).flatMap((result) => result.messages.map((message) => `${message.line} ${message.ruleId}`)).sort();

describe('the packed package', () => {
  let scratch: string;
  let tarball: string;

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'settle-pack-'));
    // `npm test` has just built dist/; the package has no lifecycle scripts to run.
    const { stdout } = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: repo,
      encoding: 'utf8',
    });
    const [packed] = JSON.parse(stdout) as [{ filename: string }];
    tarball = path.join(scratch, packed.filename);
  }, 120_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** A scratch project with the packed plugin, `eslint@<eslint>` and the given `typescript`, linting {@link source}. */
  async function scratchProject(name: string, typescript: string, eslint = '10'): Promise<string> {
    const project = path.join(scratch, name);
    mkdirSync(path.join(project, 'src'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: `scratch-${name}`, private: true, type: 'module' }));
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', types: [], noEmit: true },
        include: ['src'],
      }),
    );
    writeFileSync(
      path.join(project, 'eslint.config.js'),
      "import settle from 'eslint-plugin-settle';\n\nexport default [settle.configs.recommended];\n",
    );
    writeFileSync(path.join(project, 'src', 'notify.ts'), source);
    // The npm cache already holds what `npm ci` fetched for this repository; only the rest comes from the registry.
    const install = await run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--loglevel=error',
        // TypeScript 7.0 is outside the plugin's peer range: a user forces it past npm.
        ...(Number.parseInt(typescript, 10) >= 7 ? ['--legacy-peer-deps'] : []),
        tarball,
        `eslint@${eslint}`,
        `typescript@${typescript}`,
      ],
      project,
    );
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.code).toBe(0);
    return project;
  }

  it.concurrent.each(['9', '10'])(
    'installs next to eslint@%s and reports through `npx eslint` and `npx settle`',
    async (major) => {
      const project = await scratchProject(`eslint-${major}`, typescriptVersion, major);

      const version = await run('npx', ['--no', '--', 'eslint', '--version'], project);
      expect(version.stdout).toMatch(new RegExp(`^v${major}\\.`));

      const eslint = await run('npx', ['--no', '--', 'eslint', '.', '--format', 'json'], project);
      expect(eslint.stderr).toBe('');
      expect(eslint.code).toBe(1);
      expect(findings(eslint.stdout)).toEqual(expected);

      const settle = await run('npx', ['--no', '--', 'settle', '--format', 'json'], project);
      expect(settle.stderr).toBe('');
      expect(settle.code).toBe(1);
      expect(findings(settle.stdout)).toEqual(expected);
    },
    300_000,
  );

  it('stops with one line, no stack, on TypeScript 7.0, which has no compiler API', async () => {
    const project = await scratchProject('typescript-7.0', '7.0.2');
    const line =
      'typescript 7.0.2 has no compiler API, which type-aware lint rules need: keep "typescript": "~6.0" installed ' +
      '(optionally next to "@typescript/native": "npm:typescript@7.1.0-beta" for typescript-eslint\'s tsgo backend), or pin typescript to 6.0';
    const settle = await run('npx', ['--no', '--', 'settle'], project);
    expect(settle).toEqual({ code: 2, stdout: '', stderr: `settle: ${line}\n` });
    const eslint = await run('npx', ['--no', '--', 'eslint', '.'], project);
    expect(eslint.code).toBe(2);
    expect(eslint.stderr).toContain(`\neslint-plugin-settle: ${line}\n`);
    expect(eslint.stderr).not.toMatch(/^\s+at /m);
  }, 300_000);

  it('stops with one line when the plugin loads another copy of typescript than the parser (never a silent nothing)', async () => {
    const project = await scratchProject('two-typescripts', '5.9.3');
    // A nested copy only the plugin resolves: 6.0 numbers type flags differently from 5.9.
    cpSync(path.join(repo, 'node_modules/typescript'), path.join(project, 'node_modules/eslint-plugin-settle/node_modules/typescript'), {
      recursive: true,
    });
    const settle = await run('npx', ['--no', '--', 'settle'], project);
    expect(settle.code).toBe(2);
    expect(settle.stdout).toBe('');
    expect(settle.stderr).toMatch(
      new RegExp(
        `^settle: the parser built the TypeScript program with a different copy of typescript than the one this plugin loaded \\(${typescriptVersion.replaceAll('.', '\\.')}\\), .*loaded: .*5\\.9\\.3 \\(node_modules/typescript\\).*\n$`,
      ),
    );
    const eslint = await run('npx', ['--no', '--', 'eslint', '.'], project);
    expect(eslint.code).toBe(2);
    expect(eslint.stderr).toContain('\neslint-plugin-settle: the parser built the TypeScript program with a different copy of typescript');
    expect(eslint.stderr).not.toMatch(/^\s+at /m);
  }, 300_000);
});
