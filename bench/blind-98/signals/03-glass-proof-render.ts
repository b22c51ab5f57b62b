// expect: none
// The caller's opts.signal reaches every cancellable step — the cartoon download, the temp-file write, the rasterizer child process and the upload — so aborting a proof stops all of its work.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface Commission {
  id: string;
  cartoonUrl: string;
  leadLineMm: number;
  palette: readonly string[];
}

export interface ProofStore {
  put(key: string, png: Buffer, opts: { signal?: AbortSignal }): Promise<string>;
}

export interface RenderOptions {
  signal: AbortSignal;
  dpi?: number;
  rasterizer?: string;
}

export async function renderProof(commission: Commission, store: ProofStore, opts: RenderOptions): Promise<string> {
  const { signal } = opts;
  const dir = await mkdtemp(join(tmpdir(), `proof-${commission.id}-`));
  try {
    const res = await fetch(commission.cartoonUrl, { signal });
    if (!res.ok) throw new Error(`cartoon download failed (${res.status}) for ${commission.id}`);
    const svgPath = join(dir, 'cartoon.svg');
    await writeFile(svgPath, Buffer.from(await res.arrayBuffer()), { signal });

    const pngPath = join(dir, 'proof.png');
    await execFileAsync(
      opts.rasterizer ?? 'leadline-raster',
      [
        '--in', svgPath,
        '--out', pngPath,
        '--dpi', String(opts.dpi ?? 150),
        '--lead-mm', String(commission.leadLineMm),
        '--palette', commission.palette.join(','),
      ],
      { signal, timeout: 120_000 },
    );

    const png = await readFile(pngPath, { signal });
    return await store.put(`proofs/${commission.id}.png`, png, { signal });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function renderBatch(
  commissions: readonly Commission[],
  store: ProofStore,
  signal: AbortSignal,
): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const commission of commissions) {
    signal.throwIfAborted();
    urls.set(commission.id, await renderProof(commission, store, { signal }));
  }
  return urls;
}
