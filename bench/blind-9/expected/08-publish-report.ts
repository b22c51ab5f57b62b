// expect: no-reused-settled-promise
// putObject is started once and the retry callback just hands back that same promise, so after a transient 503 every "retry" re-awaits the already-rejected upload and the report is never re-sent.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

interface ReportJob {
  tenantId: string;
  reportId: string;
  localPath: string;
  format: 'csv' | 'pdf';
}

interface FailedAttemptError extends Error {
  attemptNumber: number;
  retriesLeft: number;
}

declare function pRetry<T>(
  run: (attempt: number) => Promise<T>,
  opts: { retries: number; minTimeout?: number; signal?: AbortSignal; onFailedAttempt?: (err: FailedAttemptError) => void },
): Promise<T>;

declare const storage: {
  putObject(
    input: { Bucket: string; Key: string; Body: Uint8Array; ContentType: string; Metadata?: Record<string, string> },
    opts?: { abortSignal?: AbortSignal },
  ): Promise<{ ETag: string; VersionId?: string }>;
};

declare const reportsDb: {
  markPublished(reportId: string, location: { key: string; etag: string; bytes: number }): Promise<void>;
};

const BUCKET = process.env.REPORTS_BUCKET ?? 'tenant-reports';
const CONTENT_TYPES = { csv: 'text/csv', pdf: 'application/pdf' } as const;

export async function publishReport(job: ReportJob, signal: AbortSignal): Promise<string> {
  const { size } = await stat(job.localPath);
  if (size === 0) throw new Error(`report ${job.reportId} is empty, refusing to publish`);

  const body = await readFile(job.localPath, { signal });
  const key = `${job.tenantId}/reports/${job.reportId}/${basename(job.localPath)}`;

  const upload = storage.putObject(
    { Bucket: BUCKET, Key: key, Body: body, ContentType: CONTENT_TYPES[job.format], Metadata: { reportId: job.reportId } },
    { abortSignal: signal },
  );

  const { ETag } = await pRetry(() => upload, {
    retries: 4,
    minTimeout: 500,
    signal,
    onFailedAttempt: (err) =>
      console.warn(`[reports] upload of ${key} failed (attempt ${err.attemptNumber}, ${err.retriesLeft} left): ${err.message}`),
  });

  await reportsDb.markPublished(job.reportId, { key, etag: ETag, bytes: size });
  console.info(`[reports] published ${job.reportId} to s3://${BUCKET}/${key}`);
  return key;
}
