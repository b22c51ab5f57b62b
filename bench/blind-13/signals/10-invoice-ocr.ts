// expect: none
// Errors from the upload pipeline are wrapped in OcrError only after an abort has been rethrown unchanged, and the signal reaches pipeline, fetch and the poll delay.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, Writable } from 'node:stream';
import { createHash } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';

export interface InvoiceFields {
  vendor: string;
  invoiceNumber: string;
  totalCents: number;
  currency: string;
  dueDate?: string;
}

export interface OcrJobRequest {
  filePath: string;
  tenantId: string;
  signal: AbortSignal;
}

export class OcrError extends Error {
  constructor(
    message: string,
    readonly filePath: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OcrError';
  }
}

declare const ocrClient: {
  createUploadStream(
    tenantId: string,
    fileName: string,
    opts: { signal?: AbortSignal },
  ): Writable & {
    finalize(sha256: string, opts: { signal?: AbortSignal }): Promise<string>;
  };
};

const OCR_API = 'https://ocr.internal/api/jobs';

function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      cb(null, chunk);
    },
  });
}

async function pollResult(jobId: string, signal: AbortSignal): Promise<InvoiceFields> {
  for (;;) {
    const res = await fetch(`${OCR_API}/${jobId}`, { signal });
    const body = (await res.json()) as { state: 'pending' | 'done' | 'error'; fields?: InvoiceFields; error?: string };
    if (body.state === 'done' && body.fields) return body.fields;
    if (body.state === 'error') throw new Error(body.error ?? 'OCR job failed');
    await delay(2000, undefined, { signal });
  }
}

export async function extractInvoice(req: OcrJobRequest): Promise<InvoiceFields> {
  const info = await stat(req.filePath);
  if (info.size > 25 * 1024 * 1024) {
    throw new OcrError('invoice scan exceeds 25 MB', req.filePath);
  }

  const hash = createHash('sha256');
  const upload = ocrClient.createUploadStream(req.tenantId, path.basename(req.filePath), {
    signal: req.signal,
  });

  try {
    await pipeline(createReadStream(req.filePath), hashing(hash), upload, { signal: req.signal });
    const jobId = await upload.finalize(hash.digest('hex'), { signal: req.signal });
    return await pollResult(jobId, req.signal);
  } catch (err) {
    if (req.signal.aborted) throw err;
    throw new OcrError(`could not extract ${req.filePath}`, req.filePath, { cause: err });
  }
}
