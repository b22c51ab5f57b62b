// expect: none
// Correct: the prefetched next page gets a no-op .catch as soon as it is started, so it is never unhandled while the current page is processed, and awaiting it later still throws the original error.
export interface DamageReport {
  barcode: string;
  shelfmark: string;
  issues: ('loose-spine' | 'torn-leaf' | 'red-rot' | 'foxing' | 'broken-joint')[];
  reportedBy: string;
}

interface Page<T> {
  items: T[];
  cursor: string | null;
}

declare const catalogApi: {
  damageReports(cursor: string | null, limit: number): Promise<Page<DamageReport>>;
};

declare const workbench: {
  triage(report: DamageReport): Promise<'in-house' | 'outsource' | 'withdraw'>;
};

export async function* allDamageReports(limit = 200): AsyncGenerator<DamageReport> {
  let next = catalogApi.damageReports(null, limit);
  next.catch(() => undefined);
  while (true) {
    const page = await next;
    if (page.cursor) {
      next = catalogApi.damageReports(page.cursor, limit);
      next.catch(() => undefined);
    }
    for (const item of page.items) {
      yield item;
    }
    if (!page.cursor) return;
  }
}

export interface TriageSummary {
  inHouse: string[];
  outsource: string[];
  withdraw: string[];
  skipped: number;
}

export async function triageBacklog(): Promise<TriageSummary> {
  const summary: TriageSummary = { inHouse: [], outsource: [], withdraw: [], skipped: 0 };
  for await (const report of allDamageReports()) {
    if (report.issues.length === 0) {
      summary.skipped++;
      continue;
    }
    const decision = await workbench.triage(report);
    if (decision === 'in-house') summary.inHouse.push(report.barcode);
    else if (decision === 'outsource') summary.outsource.push(report.barcode);
    else summary.withdraw.push(report.barcode);
  }
  return summary;
}

export function formatSummary(s: TriageSummary): string {
  return [
    `Mending bench: ${s.inHouse.length}`,
    `Sent to bindery: ${s.outsource.length}`,
    `Withdrawn: ${s.withdraw.length}`,
    `No action needed: ${s.skipped}`,
  ].join('\n');
}
