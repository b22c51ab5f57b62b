// expect: none
// The install signal is handed to spawn and to execFile, and a killed child's abort is rethrown rather than reported as a script failure.
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const execFileAsync = promisify(execFile);

const LIFECYCLE_ORDER = ['preinstall', 'install', 'postinstall'] as const;
type LifecycleStage = (typeof LIFECYCLE_ORDER)[number];

export interface InstallContext {
  prefix: string;
  signal: AbortSignal;
  log: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export class ScriptFailedError extends Error {
  constructor(
    readonly pkg: string,
    readonly stage: LifecycleStage,
    readonly exitCode: number | null,
  ) {
    super(`${pkg}: ${stage} script exited with code ${exitCode}`);
    this.name = 'ScriptFailedError';
  }
}

async function nodeGypAvailable(ctx: InstallContext): Promise<boolean> {
  try {
    await execFileAsync('node-gyp', ['--version'], { signal: ctx.signal, timeout: 5000 });
    return true;
  } catch (err) {
    if (ctx.signal.aborted) throw err;
    return false;
  }
}

function runStage(pkgDir: string, pkg: string, stage: LifecycleStage, cmd: string, ctx: InstallContext): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, {
      cwd: pkgDir,
      shell: true,
      env: { ...process.env, ...ctx.env, npm_lifecycle_event: stage },
      signal: ctx.signal,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => ctx.log(`${pkg} ${stage}: ${chunk.toString().trimEnd()}`));
    child.stderr.on('data', (chunk: Buffer) => ctx.log(`${pkg} ${stage} (stderr): ${chunk.toString().trimEnd()}`));
    child.once('error', reject);
    child.once('close', (code) => {
      if (ctx.signal.aborted) {
        reject(ctx.signal.reason);
      } else if (code === 0) {
        resolve();
      } else {
        reject(new ScriptFailedError(pkg, stage, code));
      }
    });
  });
}

export async function runLifecycle(pkg: string, ctx: InstallContext): Promise<LifecycleStage[]> {
  const pkgDir = path.join(ctx.prefix, 'node_modules', pkg);
  const manifest = JSON.parse(await readFile(path.join(pkgDir, 'package.json'), { encoding: 'utf8', signal: ctx.signal })) as {
    scripts?: Partial<Record<string, string>>;
    gypfile?: boolean;
  };

  const scripts = { ...manifest.scripts };
  if (!scripts.install && manifest.gypfile && (await nodeGypAvailable(ctx))) {
    scripts.install = 'node-gyp rebuild';
  }

  const ran: LifecycleStage[] = [];
  for (const stage of LIFECYCLE_ORDER) {
    const cmd = scripts[stage];
    if (!cmd) continue;
    ctx.log(`> ${pkg}@${stage} ${cmd}`);
    await runStage(pkgDir, pkg, stage, cmd, ctx);
    ran.push(stage);
  }
  return ran;
}
