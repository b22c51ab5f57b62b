// expect: require-signal-propagation
// The replay job receives options.signal but never checks it or passes it on, so cancelling the job does not stop the batch loop.
export interface ChuteRecord {
  chute: number;
  tag: string;
  event: 'bareback' | 'saddle-bronc' | 'bull-riding' | 'tie-down';
  recordedAt: string;
  flankStrapOk: boolean;
  spursDulled: boolean;
  injuryNoted?: string;
}

export interface WelfareCheck {
  tag: string;
  event: ChuteRecord['event'];
  checkedAt: Date;
  compliant: boolean;
  notes: string[];
}

export interface ReplayOptions {
  batchSize?: number;
  signal?: AbortSignal;
}

export interface ReplayReport {
  inserted: number;
  nonCompliant: number;
  skippedMalformed: number;
}

declare const welfareDb: {
  upsertChecks(checks: WelfareCheck[]): Promise<number>;
};
declare const jobLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

function toCheck(record: ChuteRecord): WelfareCheck | undefined {
  const checkedAt = new Date(record.recordedAt);
  if (Number.isNaN(checkedAt.getTime()) || !record.tag) return undefined;
  const notes: string[] = [];
  if (!record.flankStrapOk) notes.push('flank strap not fleece-lined');
  if (record.event !== 'tie-down' && !record.spursDulled) notes.push('spur rowels not dulled');
  if (record.injuryNoted) notes.push(`injury: ${record.injuryNoted}`);
  return { tag: record.tag.toUpperCase(), event: record.event, checkedAt, compliant: notes.length === 0, notes };
}

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export async function replayChuteBacklog(records: ChuteRecord[], options: ReplayOptions = {}): Promise<ReplayReport> {
  const report: ReplayReport = { inserted: 0, nonCompliant: 0, skippedMalformed: 0 };
  const ordered = [...records].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));

  for (const batch of batches(ordered, options.batchSize ?? 200)) {
    const checks: WelfareCheck[] = [];
    for (const record of batch) {
      const check = toCheck(record);
      if (!check) {
        report.skippedMalformed += 1;
        continue;
      }
      if (!check.compliant) report.nonCompliant += 1;
      checks.push(check);
    }
    if (checks.length > 0) report.inserted += await welfareDb.upsertChecks(checks);
    jobLog.info('chute backlog batch stored', { size: batch.length, inserted: report.inserted });
  }

  return report;
}

export function summarise(report: ReplayReport): string {
  const rate = report.inserted ? ((report.nonCompliant / report.inserted) * 100).toFixed(1) : '0.0';
  return `${report.inserted} checks replayed, ${rate}% non-compliant, ${report.skippedMalformed} malformed rows skipped`;
}
