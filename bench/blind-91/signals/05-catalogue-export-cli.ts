// expect: no-swallowed-abort
// Ctrl+C aborts the upload, but the per-batch catch treats the AbortError like any other failure: it records the batch as failed and moves on, so the run ends with a normal 'failed batches' report instead of stopping.
import { readFile } from 'node:fs/promises';

interface SpecimenRecord {
  id: string;
  species: string;
  commonName: string;
  client: string;
  mountedAt: string;
  pose: string;
  photo?: string;
}

declare function uploadBatch(
  archiveUrl: string,
  records: SpecimenRecord[],
  opts: { signal: AbortSignal },
): Promise<{ accepted: number }>;

const BATCH_SIZE = 50;

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function exportCatalogue(catalogPath: string, archiveUrl: string, signal: AbortSignal) {
  const records = JSON.parse(await readFile(catalogPath, { encoding: 'utf8', signal })) as SpecimenRecord[];
  const batches = chunk(records, BATCH_SIZE);

  let accepted = 0;
  const failed: Array<{ batch: number; ids: string[]; reason: string }> = [];

  for (const [i, batch] of batches.entries()) {
    try {
      const res = await uploadBatch(archiveUrl, batch, { signal });
      accepted += res.accepted;
      process.stdout.write(`\rbatch ${i + 1}/${batches.length} uploaded`);
    } catch (err) {
      failed.push({ batch: i, ids: batch.map((r) => r.id), reason: (err as Error).message });
      console.error(`\nbatch ${i + 1} failed: ${(err as Error).message}`);
    }
  }

  return { total: records.length, accepted, failed };
}

async function main(argv: string[]): Promise<number> {
  const [catalogPath, archiveUrl] = argv;
  if (!catalogPath || !archiveUrl) {
    console.error('usage: export-catalogue <catalog.json> <archive-url>');
    return 2;
  }

  const controller = new AbortController();
  process.once('SIGINT', () => {
    console.error('\ninterrupted, stopping upload…');
    controller.abort();
  });

  const result = await exportCatalogue(catalogPath, archiveUrl, controller.signal);
  console.log(`\n${result.accepted}/${result.total} specimens accepted by the archive`);

  if (result.failed.length > 0) {
    console.error(`${result.failed.length} batch(es) failed:`);
    for (const f of result.failed) {
      console.error(`  #${f.batch + 1} (${f.ids[0]}…${f.ids[f.ids.length - 1]}): ${f.reason}`);
    }
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
