// expect: require-signal-propagation
// Bug: the signal is passed to the session-creating fetch but not to the chunk PUT fetches inside the loop, so cancelling leaves the bulk of the upload running.
interface RunTelemetry {
  runId: string;
  vehicleClass: string;
  driver: string;
  samples: Float32Array;
  sampleRateHz: number;
}

interface UploadSession {
  uploadId: string;
  chunkUrl: string;
  chunkBytes: number;
}

declare const timingAuthority: { baseUrl: string; token(): string };

const DEFAULT_CHUNK = 256 * 1024;

async function createSession(run: RunTelemetry, signal?: AbortSignal): Promise<UploadSession> {
  const res = await fetch(`${timingAuthority.baseUrl}/runs/${encodeURIComponent(run.runId)}/uploads`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${timingAuthority.token()}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      vehicleClass: run.vehicleClass,
      driver: run.driver,
      sampleRateHz: run.sampleRateHz,
      bytes: run.samples.byteLength,
    }),
    signal,
  });
  if (!res.ok) throw new Error(`session create failed: ${res.status}`);
  return (await res.json()) as UploadSession;
}

export async function uploadRun(
  run: RunTelemetry,
  options: { signal?: AbortSignal; onProgress?: (pct: number) => void } = {},
): Promise<string> {
  const { signal, onProgress } = options;
  const session = await createSession(run, signal);
  const bytes = new Uint8Array(run.samples.buffer as ArrayBuffer, run.samples.byteOffset, run.samples.byteLength);
  const chunkSize = session.chunkBytes || DEFAULT_CHUNK;

  for (let offset = 0, part = 1; offset < bytes.length; offset += chunkSize, part++) {
    const chunk = bytes.subarray(offset, Math.min(offset + chunkSize, bytes.length));
    const res = await fetch(`${session.chunkUrl}?part=${part}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${timingAuthority.token()}`,
        'content-range': `bytes ${offset}-${offset + chunk.length - 1}/${bytes.length}`,
      },
      body: chunk,
    });
    if (!res.ok) throw new Error(`chunk ${part} rejected: ${res.status}`);
    onProgress?.(Math.round(((offset + chunk.length) / bytes.length) * 100));
  }

  return session.uploadId;
}

export function peakSpeedMph(run: RunTelemetry): number {
  let peak = 0;
  for (const v of run.samples) if (v > peak) peak = v;
  return Math.round(peak * 100) / 100;
}
