// expect: none
// All async setup (secret, directory, file handle) is awaited before the executor, which is synchronous and settles from both the spawn 'error' and the 'close' exit code, so a failing or missing pg_dump rejects.
import { spawn } from 'node:child_process';
import { mkdir, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

declare const secrets: {
  getSecret(name: string, opts?: { signal?: AbortSignal }): Promise<string>;
};

export interface DumpResult {
  database: string;
  file: string;
  bytes: number;
  durationMs: number;
}

export async function dumpDatabase(database: string, outFile: string): Promise<DumpResult> {
  const password = await secrets.getSecret(`postgres/${database}/password`);
  await mkdir(dirname(outFile), { recursive: true });
  const out = await open(outFile, 'w');
  const started = Date.now();

  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn('pg_dump', ['--format=custom', '--no-owner', '--dbname', database], {
        env: { ...process.env, PGPASSWORD: password },
        stdio: ['ignore', out.fd, 'pipe'],
      });
      let stderr = '';
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (chunk: string) => {
        stderr = (stderr + chunk).slice(-4_000);
      });
      child.once('error', reject);
      child.once('close', (code, signal) => {
        if (code === 0) resolve();
        else reject(new Error(`pg_dump ${database} failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
      });
    });
  } finally {
    await out.close();
  }

  const { size } = await stat(outFile);
  return { database, file: outFile, bytes: size, durationMs: Date.now() - started };
}

export async function nightlyBackup(databases: string[], dir: string): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  for (const db of databases) {
    try {
      const r = await dumpDatabase(db, `${dir}/${stamp}/${db}.dump`);
      console.log(`backup ${r.database}: ${r.bytes} bytes in ${r.durationMs}ms`);
    } catch (err) {
      console.error(`backup ${db} failed`, err);
      process.exitCode = 1;
    }
  }
}
