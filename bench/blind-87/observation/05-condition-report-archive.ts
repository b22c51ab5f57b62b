// expect: no-unchecked-settled-results
// The allSettled results are thrown away, so the batch is stamped archived and reported complete even when some uploads were rejected.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

interface ConditionReport {
  id: string;
  accession: string;
  conservator: string;
  pdfPath: string;
  batchId: string;
}

interface ArchiveSummary {
  batchId: string;
  archived: number;
  at: string;
}

declare const db: { query<T>(sql: string, params?: unknown[]): Promise<T[]> };
declare const archive: {
  put(key: string, body: Buffer, meta: Record<string, string>): Promise<{ etag: string }>;
};

async function uploadToArchive(report: ConditionReport): Promise<string> {
  const pdf = await readFile(report.pdfPath);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const key = `condition-reports/${report.accession}/${report.id}.pdf`;
  await archive.put(key, pdf, {
    accession: report.accession,
    conservator: report.conservator,
    sha256,
  });
  return key;
}

export async function archiveConditionReports(batchId: string): Promise<ArchiveSummary> {
  const reports = await db.query<ConditionReport>(
    'SELECT * FROM condition_reports WHERE batch_id = $1 AND archived_at IS NULL',
    [batchId],
  );

  // Long-term storage throttles per prefix, so the uploads go out together rather than one by one.
  await Promise.allSettled(reports.map((r) => uploadToArchive(r)));

  await db.query('UPDATE condition_reports SET archived_at = now() WHERE batch_id = $1', [batchId]);
  return { batchId, archived: reports.length, at: new Date().toISOString() };
}

export async function archiveOpenBatches(): Promise<ArchiveSummary[]> {
  const batches = await db.query<{ id: string }>(
    "SELECT id FROM report_batches WHERE status = 'signed-off' ORDER BY signed_off_at",
  );
  const summaries: ArchiveSummary[] = [];
  for (const { id } of batches) {
    summaries.push(await archiveConditionReports(id));
    await db.query("UPDATE report_batches SET status = 'archived' WHERE id = $1", [id]);
  }
  return summaries;
}
