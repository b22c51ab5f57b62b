// expect: no-floating-promises
// jobs.forEach(async ...) drops every job's promise: the batch is marked extracted before any job finishes and job failures go unhandled.
interface ExtractionJob {
  id: string;
  memberId: string;
  extractorId: string;
  frameIds: string[];
  varietal: 'heather' | 'borage' | 'wildflower' | 'lime';
}

interface Frame {
  id: string;
  cappedPct: number;
  moisturePct: number;
}

declare const queue: {
  claim(batchId: string, max: number): Promise<ExtractionJob[]>;
  ack(jobId: string): Promise<void>;
};
declare const frames: { load(ids: string[]): Promise<Frame[]> };
declare const extractor: { spin(extractorId: string, frames: Frame[]): Promise<{ kg: number }> };
declare const db: { query(sql: string, params?: unknown[]): Promise<unknown[]> };

const MAX_MOISTURE_PCT = 18.6;

function readyFrames(all: Frame[]): Frame[] {
  return all.filter((f) => f.cappedPct >= 80 && f.moisturePct <= MAX_MOISTURE_PCT);
}

async function creditMember(job: ExtractionJob, kg: number): Promise<void> {
  await db.query(
    `INSERT INTO member_yields (member_id, job_id, varietal, kg)
     VALUES ($1, $2, $3, $4)`,
    [job.memberId, job.id, job.varietal, kg],
  );
}

export async function processExtractionBatch(batchId: string): Promise<void> {
  const jobs = await queue.claim(batchId, 20);
  if (jobs.length === 0) return;

  jobs.forEach(async (job) => {
    const loaded = await frames.load(job.frameIds);
    const usable = readyFrames(loaded);
    if (usable.length < loaded.length) {
      console.warn(`[extraction] ${job.id}: ${loaded.length - usable.length} frames too wet, returned to member`);
    }
    const { kg } = await extractor.spin(job.extractorId, usable);
    await creditMember(job, kg);
    await queue.ack(job.id);
  });

  await db.query('UPDATE extraction_batches SET status = $1, finished_at = now() WHERE id = $2', [
    'extracted',
    batchId,
  ]);
}

export async function runExtractionDay(batchIds: string[]): Promise<void> {
  for (const batchId of batchIds) {
    try {
      await processExtractionBatch(batchId);
    } catch (err) {
      console.error(`[extraction] batch ${batchId} failed`, err);
    }
  }
}
