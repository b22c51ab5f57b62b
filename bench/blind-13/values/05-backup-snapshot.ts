// expect: none
// Correct: exitCode and stderr are assigned in child-process callbacks, and are only read inside the 'close' handler that runs after they have been set.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface SnapshotResult {
  archive: string;
  bytes: number;
  durationMs: number;
}

function runTar(args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let exitCode: number | null = null;

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (stderr.length > 64_000) stderr = stderr.slice(-64_000);
    });

    child.on('exit', (code) => {
      exitCode = code;
    });

    child.on('error', reject);

    child.on('close', (code, signal) => {
      const status = exitCode ?? code;
      if (status === 0) {
        resolve();
      } else {
        const reason = signal ? `killed by ${signal}` : `exited with ${status}`;
        reject(new Error(`tar ${reason}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      }
    });
  });
}

function timestamp(d = new Date()): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

export async function snapshotDirectory(
  source: string,
  destDir: string,
  exclude: string[] = ['node_modules', '.cache'],
): Promise<SnapshotResult> {
  const started = Date.now();
  const archive = join(destDir, `snapshot-${timestamp()}.tar.gz`);
  const args = ['-czf', archive, ...exclude.map((pattern) => `--exclude=${pattern}`), '.'];

  await runTar(args, source);
  const info = await stat(archive);

  return { archive, bytes: info.size, durationMs: Date.now() - started };
}

export async function verifyArchive(archive: string): Promise<boolean> {
  try {
    await runTar(['-tzf', archive], '/');
    return true;
  } catch (err) {
    console.error(`archive ${archive} failed verification`, err);
    return false;
  }
}
