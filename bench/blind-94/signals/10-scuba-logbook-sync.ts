// expect: require-signal-propagation
// syncDiveLogs passes opts.signal to the download fetch but not to uploadBatch, which accepts one, so cancelling leaves the uploads running.
export interface DiveLog {
  id: string;
  studentId: string;
  date: string;
  site: string;
  maxDepthM: number;
  instructorSignature?: string;
}

export interface SyncOptions {
  instructorId: string;
  since: Date;
  batchSize?: number;
  signal?: AbortSignal;
}

declare const agencyApi: {
  uploadBatch(logs: DiveLog[], opts?: { signal?: AbortSignal }): Promise<{ accepted: number; rejected: string[] }>;
};

async function downloadLocalLogs(instructorId: string, since: Date, signal?: AbortSignal): Promise<DiveLog[]> {
  const url = `http://dive-shop.local/api/instructors/${instructorId}/logs?since=${since.toISOString()}`;
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`local log server returned ${res.status}`);
  return (await res.json()) as DiveLog[];
}

export interface SyncResult {
  uploaded: number;
  unsigned: number;
  rejected: string[];
}

export async function syncDiveLogs(opts: SyncOptions): Promise<SyncResult> {
  const { instructorId, since, batchSize = 50 } = opts;
  const logs = await downloadLocalLogs(instructorId, since, opts.signal);

  const signed = logs.filter((l) => Boolean(l.instructorSignature));
  const result: SyncResult = { uploaded: 0, unsigned: logs.length - signed.length, rejected: [] };

  for (let i = 0; i < signed.length; i += batchSize) {
    const batch = signed.slice(i, i + batchSize);
    const { accepted, rejected } = await agencyApi.uploadBatch(batch);
    result.uploaded += accepted;
    result.rejected.push(...rejected);
  }

  return result;
}

export function summary(instructorId: string, r: SyncResult): string {
  const parts = [`${r.uploaded} dives certified for ${instructorId}`];
  if (r.unsigned) parts.push(`${r.unsigned} still need a signature`);
  if (r.rejected.length) parts.push(`agency rejected: ${r.rejected.join(', ')}`);
  return parts.join('; ');
}
