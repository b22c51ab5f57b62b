// expect: no-swallowed-abort
// uploadChunk's catch-all retry also catches the AbortError from a cancelled fetch, retries it and finally reports a generic 'chunk failed' error.
export interface FirmwareBundle {
  version: string;
  chunks: Uint8Array<ArrayBuffer>[];
  signature: string;
}

export interface UploadProgress {
  meterSerial: string;
  sentChunks: number;
  totalChunks: number;
}

export interface UploadOptions {
  signal: AbortSignal;
  maxAttempts?: number;
  onProgress?: (p: UploadProgress) => void;
}

declare const depotGateway: { baseUrl: string; bearer: string };

export class ChunkRejected extends Error {
  constructor(readonly index: number, readonly status: number) {
    super(`chunk ${index} rejected by meter gateway (${status})`);
    this.name = 'ChunkRejected';
  }
}

async function uploadChunk(
  meterSerial: string,
  index: number,
  data: Uint8Array<ArrayBuffer>,
  options: UploadOptions,
): Promise<void> {
  const maxAttempts = options.maxAttempts ?? 4;
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const res = await fetch(`${depotGateway.baseUrl}/meters/${meterSerial}/firmware/chunks/${index}`, {
        method: 'PUT',
        body: data,
        headers: { authorization: `Bearer ${depotGateway.bearer}`, 'content-type': 'application/octet-stream' },
        signal: options.signal,
      });
      if (res.status === 409 || res.status === 422) throw new ChunkRejected(index, res.status);
      if (!res.ok) throw new Error(`gateway returned ${res.status} for chunk ${index}`);
      return;
    } catch (err) {
      if (err instanceof ChunkRejected) throw err;
      lastError = err;
    }
  }
  throw new Error(`chunk ${index} failed after ${maxAttempts} attempts`, { cause: lastError });
}

export async function pushFirmware(meterSerial: string, bundle: FirmwareBundle, options: UploadOptions): Promise<string> {
  const begin = await fetch(`${depotGateway.baseUrl}/meters/${meterSerial}/firmware`, {
    method: 'POST',
    headers: { authorization: `Bearer ${depotGateway.bearer}`, 'content-type': 'application/json' },
    body: JSON.stringify({ version: bundle.version, chunks: bundle.chunks.length, signature: bundle.signature }),
    signal: options.signal,
  });
  if (!begin.ok) throw new Error(`meter ${meterSerial} refused firmware session: ${begin.status}`);

  for (const [index, chunk] of bundle.chunks.entries()) {
    await uploadChunk(meterSerial, index, chunk, options);
    options.onProgress?.({ meterSerial, sentChunks: index + 1, totalChunks: bundle.chunks.length });
  }

  const commit = await fetch(`${depotGateway.baseUrl}/meters/${meterSerial}/firmware/commit`, {
    method: 'POST',
    headers: { authorization: `Bearer ${depotGateway.bearer}` },
    signal: options.signal,
  });
  if (!commit.ok) throw new Error(`commit failed on ${meterSerial}: ${commit.status}`);
  return bundle.version;
}
