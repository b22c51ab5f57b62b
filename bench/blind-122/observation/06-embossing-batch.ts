// expect: no-unchecked-settled-results
// The allSettled results are only read for fulfilled entries and the batch is reported as fully embossed, so rejected jobs are silently dropped.
export interface BrailleDocument {
  id: string;
  title: string;
  brf: string;
  requester: string;
}

export interface Embosser {
  name: string;
  emboss(doc: BrailleDocument): Promise<{ sheets: number; seconds: number }>;
}

export interface BatchReport {
  batchId: string;
  documents: number;
  sheets: number;
  busySeconds: number;
  completedAt: Date;
}

export interface ReportSink {
  publish(report: BatchReport): Promise<void>;
}

function pickEmbosser(embossers: Embosser[], index: number): Embosser {
  return embossers[index % embossers.length];
}

export async function embossBatch(
  batchId: string,
  docs: BrailleDocument[],
  embossers: Embosser[],
  sink: ReportSink,
): Promise<BatchReport> {
  if (embossers.length === 0) {
    throw new Error('no embossers online');
  }

  const results = await Promise.allSettled(
    docs.map((doc, i) => pickEmbosser(embossers, i).emboss(doc)),
  );

  let sheets = 0;
  let busySeconds = 0;
  for (const result of results) {
    if (result.status === 'fulfilled') {
      sheets += result.value.sheets;
      busySeconds += result.value.seconds;
    }
  }

  const report: BatchReport = {
    batchId,
    documents: docs.length,
    sheets,
    busySeconds,
    completedAt: new Date(),
  };
  await sink.publish(report);
  return report;
}

export function estimateSheets(doc: BrailleDocument, cellsPerSheet = 25 * 40): number {
  const cells = doc.brf.replace(/\s+/g, ' ').length;
  return Math.max(1, Math.ceil(cells / cellsPerSheet));
}
