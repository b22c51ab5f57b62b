// expect: none
// AbortError from the upload pipeline is rethrown unchanged and only other failures are wrapped in BackupError, so the scheduler still sees the cancellation as a cancellation.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createBrotliCompress } from 'node:zlib';
import type { Writable } from 'node:stream';

declare const objectStore: {
  createUploadStream(bucket: string, key: string, opts: { contentType: string; signal?: AbortSignal }): Writable;
  deleteObject(bucket: string, key: string): Promise<void>;
};
declare const log: {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};

export class BackupError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BackupError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || (err as NodeJS.ErrnoException).code === 'ABORT_ERR');
}

export async function backupDatabase(dbPath: string, bucket: string, signal: AbortSignal): Promise<{ key: string; bytes: number }> {
  const { size } = await stat(dbPath);
  const key = `backups/${new Date().toISOString().slice(0, 10)}/${dbPath.split('/').pop()}.br`;
  log.info({ dbPath, size, key }, 'starting backup');
  try {
    await pipeline(
      createReadStream(dbPath),
      createBrotliCompress(),
      objectStore.createUploadStream(bucket, key, { contentType: 'application/x-brotli', signal }),
      { signal },
    );
  } catch (err) {
    await objectStore.deleteObject(bucket, key).catch((cleanupErr: unknown) => {
      log.error({ err: cleanupErr, key }, 'could not remove partial backup object');
    });
    if (isAbort(err)) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    log.error({ err, key }, 'backup upload failed');
    throw new BackupError(`backup of ${dbPath} failed`, code !== 'ENOENT' && code !== 'EACCES', { cause: err });
  }
  log.info({ key, bytes: size }, 'backup uploaded');
  return { key, bytes: size };
}
