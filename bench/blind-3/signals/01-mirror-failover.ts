// expect: no-swallowed-abort
// When the caller aborts, every mirror attempt rejects with AbortError, the loop records it and moves on, and the caller finally gets "all mirrors failed" instead of a cancellation.
import { writeFile } from 'node:fs/promises';

export interface ArtifactRef {
  name: string;
  version: string;
  sha256: string;
}

export interface FetchArtifactOptions {
  mirrors: string[];
  destination: string;
  signal?: AbortSignal;
  log?: (msg: string) => void;
}

export class MirrorExhaustedError extends AggregateError {
  constructor(artifact: ArtifactRef, errors: unknown[]) {
    super(errors, `all ${errors.length} mirrors failed for ${artifact.name}@${artifact.version}`);
    this.name = 'MirrorExhaustedError';
  }
}

function artifactUrl(mirror: string, ref: ArtifactRef): string {
  const base = mirror.endsWith('/') ? mirror : `${mirror}/`;
  return new URL(`${ref.name}/-/${ref.name}-${ref.version}.tgz`, base).toString();
}

async function downloadFrom(url: string, destination: string, signal?: AbortSignal): Promise<number> {
  const res = await fetch(url, { signal, headers: { accept: 'application/octet-stream' } });
  if (!res.ok) {
    throw new Error(`GET ${url} -> ${res.status} ${res.statusText}`);
  }
  const data = new Uint8Array(await res.arrayBuffer());
  await writeFile(destination, data, { signal });
  return data.byteLength;
}

export async function fetchArtifact(ref: ArtifactRef, opts: FetchArtifactOptions): Promise<{ mirror: string; bytes: number }> {
  const log = opts.log ?? (() => {});
  const failures: unknown[] = [];

  for (const mirror of opts.mirrors) {
    const url = artifactUrl(mirror, ref);
    try {
      const bytes = await downloadFrom(url, opts.destination, opts.signal);
      log(`fetched ${ref.name}@${ref.version} from ${mirror} (${bytes} bytes)`);
      return { mirror, bytes };
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      log(`mirror ${mirror} failed: ${reason}; trying next`);
      failures.push(err);
    }
  }

  throw new MirrorExhaustedError(ref, failures);
}
