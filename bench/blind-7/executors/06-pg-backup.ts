// expect: none
// finish() guards against the 'error'+'close' and timeout+'close' double paths and always clears the kill timer, so the backup promise settles exactly once and no timer outlives the child.
import { spawn } from 'node:child_process';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';

export interface BackupOptions {
  databaseUrl: string;
  outDir: string;
  timeoutMs?: number;
}

export interface BackupResult {
  file: string;
  bytes: number;
  durationMs: number;
}

function runPgDump(databaseUrl: string, file: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, databaseUrl], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let settled = false;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });

    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      finish(new Error(`pg_dump did not finish within ${timeoutMs}ms`));
    }, timeoutMs);

    function finish(err?: Error): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    }

    child.on('error', (err) => finish(new Error(`could not start pg_dump: ${err.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) finish();
      else finish(new Error(`pg_dump exited with ${code ?? signal}: ${stderr.trim()}`));
    });
  });
}

export async function backupDatabase(opts: BackupOptions): Promise<BackupResult> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(opts.outDir, `backup-${stamp}.dump`);
  const started = Date.now();
  try {
    await runPgDump(opts.databaseUrl, file, opts.timeoutMs ?? 30 * 60_000);
  } catch (err) {
    await rm(file, { force: true });
    throw err;
  }
  const { size } = await stat(file);
  if (size === 0) throw new Error(`pg_dump produced an empty file at ${file}`);
  return { file, bytes: size, durationMs: Date.now() - started };
}
