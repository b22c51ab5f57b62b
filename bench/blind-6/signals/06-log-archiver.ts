// expect: require-signal-propagation
// The signal is given to once() but not to spawn(), so aborting rejects the wait while the tar/zstd child keeps running and writing the archive in the background.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ArchiveRequest {
  logDir: string;
  dest: string;
  olderThanDays: number;
  signal?: AbortSignal;
}

async function staleLogs(dir: string, olderThanDays: number): Promise<string[]> {
  const cutoff = Date.now() - olderThanDays * 86_400_000;
  const names = (await readdir(dir)).filter((n) => n.endsWith('.log') || /\.log\.\d+$/.test(n));
  const stale: string[] = [];
  for (const name of names) {
    const st = await stat(join(dir, name));
    if (st.mtimeMs < cutoff) stale.push(name);
  }
  return stale.sort();
}

export async function archiveOldLogs(req: ArchiveRequest): Promise<{ files: number; archive: string | null }> {
  const files = await staleLogs(req.logDir, req.olderThanDays);
  if (files.length === 0) return { files: 0, archive: null };

  const archive = join(req.dest, `logs-${new Date().toISOString().slice(0, 10)}.tar.zst`);
  const tar = spawn('tar', ['--zstd', '-cf', archive, '-C', req.logDir, '--remove-files', ...files], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });

  let stderr = '';
  tar.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));

  const [code] = (await once(tar, 'exit', { signal: req.signal })) as [number | null];
  if (code !== 0) {
    throw new Error(`tar exited ${code}: ${stderr.trim()}`);
  }
  console.info(`[archiver] packed ${files.length} files into ${archive}`);
  return { files: files.length, archive };
}
