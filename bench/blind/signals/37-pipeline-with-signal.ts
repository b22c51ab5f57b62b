// expect: none
// The backup command passes opts.signal to the database dump child process and to stream.pipeline, so cancelling the backup kills the dump and stops the write.

import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";

export interface BackupOptions {
  database: string;
  outFile: string;
  signal: AbortSignal;
}

export async function backupDatabase(opts: BackupOptions): Promise<void> {
  const dump = spawn("pg_dump", ["--format=plain", "--no-owner", opts.database], {
    signal: opts.signal,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    dump.once("error", reject);
    dump.once("close", resolve);
  });
  const [, code] = await Promise.all([
    pipeline(dump.stdout, createGzip(), createWriteStream(opts.outFile), { signal: opts.signal }),
    exited,
  ]);
  if (code !== 0) {
    throw new Error(`pg_dump exited with code ${code}`);
  }
}
