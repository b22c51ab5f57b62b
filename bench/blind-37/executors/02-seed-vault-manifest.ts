// expect: none
// The close-out executor listens for both 'finish' and 'error' and detaches the other listener, so it settles exactly once.
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';

export interface Accession {
  accessionId: string;
  genus: string;
  species: string;
  originCountry: string;
  seedCount: number;
  storedAt: Date;
  viabilityPct: number | null;
}

interface AccessionPage {
  items: Accession[];
  next?: string;
}

declare function listAccessions(vault: string, cursor?: string): Promise<AccessionPage>;

const HEADER = 'accession_id,taxon,origin,seed_count,stored_at,viability_pct\n';

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toCsvRow(a: Accession): string {
  return [
    csvField(a.accessionId),
    csvField(`${a.genus} ${a.species}`),
    csvField(a.originCountry),
    String(a.seedCount),
    a.storedAt.toISOString(),
    a.viabilityPct === null ? '' : a.viabilityPct.toFixed(1),
  ].join(',') + '\n';
}

function endStream(stream: WriteStream, body: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off('finish', onFinish);
      reject(err);
    };
    stream.once('finish', onFinish);
    stream.once('error', onError);
    stream.end(body, 'utf8');
  });
}

async function collectRows(vault: string): Promise<{ rows: string[]; lowViability: number }> {
  const rows: string[] = [];
  let lowViability = 0;
  let cursor: string | undefined;
  do {
    const page = await listAccessions(vault, cursor);
    for (const item of page.items) {
      rows.push(toCsvRow(item));
      if (item.viabilityPct !== null && item.viabilityPct < 75) {
        lowViability++;
      }
    }
    cursor = page.next;
  } while (cursor);
  return { rows, lowViability };
}

export async function exportManifest(
  vault: string,
  outDir: string,
): Promise<{ path: string; rows: number; regenerationCandidates: number }> {
  const { rows, lowViability } = await collectRows(vault);
  const stamp = new Date().toISOString().slice(0, 10);
  const path = join(outDir, `${vault}-manifest-${stamp}.csv`);

  const stream = createWriteStream(path, { flags: 'w', mode: 0o640 });
  await endStream(stream, HEADER + rows.join(''));

  return { path, rows: rows.length, regenerationCandidates: lowViability };
}
