// expect: none
// The allSettled results are split by status: fulfilled uploads are marked synced and every rejected one is collected with its reason and reported, so no failed upload is silently counted as done.
import { readdir, readFile, rename } from 'node:fs/promises';
import { join, basename } from 'node:path';

export interface DiveLog {
  diveNo: number;
  site: string;
  maxDepthM: number;
  bottomTimeMin: number;
  gas: 'air' | 'nitrox' | 'trimix';
  penetrationM: number;
}

export interface LogbookApi {
  upload(log: DiveLog): Promise<{ remoteId: string }>;
}

export interface SyncReport {
  synced: Array<{ file: string; remoteId: string }>;
  failed: Array<{ file: string; reason: string }>;
}

async function readLog(path: string): Promise<DiveLog> {
  const log = JSON.parse(await readFile(path, 'utf8')) as DiveLog;
  if (log.gas === 'air' && log.maxDepthM > 40) {
    throw new Error(`${basename(path)}: air logged below 40 m, needs instructor review`);
  }
  return log;
}

export async function syncLogbook(api: LogbookApi, inbox: string, archive: string): Promise<SyncReport> {
  const files = (await readdir(inbox)).filter((f) => f.endsWith('.json')).sort();

  const results = await Promise.allSettled(
    files.map(async (file) => {
      const log = await readLog(join(inbox, file));
      const { remoteId } = await api.upload(log);
      await rename(join(inbox, file), join(archive, file));
      return { file, remoteId };
    }),
  );

  const report: SyncReport = { synced: [], failed: [] };
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      report.synced.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      report.failed.push({ file: files[i], reason });
    }
  });
  return report;
}

export async function runSync(api: LogbookApi, inbox: string, archive: string): Promise<number> {
  const report = await syncLogbook(api, inbox, archive);
  for (const ok of report.synced) console.log(`synced ${ok.file} -> ${ok.remoteId}`);
  for (const bad of report.failed) console.error(`FAILED ${bad.file}: ${bad.reason}`);
  return report.failed.length === 0 ? 0 : 1;
}
