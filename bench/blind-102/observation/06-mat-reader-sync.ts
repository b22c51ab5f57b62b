// expect: none
// Every Promise.allSettled result is inspected: rejected mats are collected with their reasons, retried once and reported, so no failed download is mistaken for an empty one.
export interface ChipRead {
  bib: number;
  matId: string;
  timestampMs: number;
}

interface MatReader {
  readonly matId: string;
  download(sinceMs: number): Promise<ChipRead[]>;
}

export interface SyncOutcome {
  reads: ChipRead[];
  failedMats: { matId: string; reason: string }[];
}

function describeError(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

async function downloadAll(readers: MatReader[], sinceMs: number) {
  const results = await Promise.allSettled(readers.map((r) => r.download(sinceMs)));
  const reads: ChipRead[] = [];
  const failed: { reader: MatReader; reason: unknown }[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      reads.push(...result.value);
    } else {
      failed.push({ reader: readers[i], reason: result.reason });
    }
  });
  return { reads, failed };
}

export async function syncMats(readers: MatReader[], sinceMs: number): Promise<SyncOutcome> {
  const first = await downloadAll(readers, sinceMs);
  if (first.failed.length === 0) {
    return { reads: dedupe(first.reads), failedMats: [] };
  }

  const retry = await downloadAll(
    first.failed.map((f) => f.reader),
    sinceMs,
  );
  return {
    reads: dedupe([...first.reads, ...retry.reads]),
    failedMats: retry.failed.map((f) => ({ matId: f.reader.matId, reason: describeError(f.reason) })),
  };
}

function dedupe(reads: ChipRead[]): ChipRead[] {
  const seen = new Map<string, ChipRead>();
  for (const read of reads) {
    const key = `${read.bib}@${read.matId}`;
    const prev = seen.get(key);
    if (!prev || read.timestampMs < prev.timestampMs) seen.set(key, read);
  }
  return [...seen.values()].sort((a, b) => a.timestampMs - b.timestampMs);
}

export function formatSyncReport(outcome: SyncOutcome): string {
  const lines = [`${outcome.reads.length} crossings synced`];
  for (const mat of outcome.failedMats) {
    lines.push(`  mat ${mat.matId} unreachable: ${mat.reason}`);
  }
  return lines.join('\n');
}
