// expect: no-reused-settled-promise
// waitForStatus is handed api.getReport(id) once and re-awaits that same settled promise on every poll, so it never sees the status change.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

type InspectionStatus = 'scheduled' | 'in-progress' | 'passed' | 'failed';

interface InspectionReport {
  id: string;
  scaffoldId: string;
  status: InspectionStatus;
  defects: Array<{ pole: string; issue: 'split-culm' | 'loose-lashing' | 'node-rot' }>;
}

class FakeInspectionApi {
  private readonly reports = new Map<string, InspectionReport>();
  private seq = 0;

  async schedule(scaffoldId: string): Promise<string> {
    const id = `insp-${++this.seq}`;
    this.reports.set(id, { id, scaffoldId, status: 'scheduled', defects: [] });
    // The inspector walks the bays asynchronously.
    setTimeout(() => this.advance(id, 'in-progress'), 10);
    setTimeout(() => this.advance(id, this.reports.get(id)!.defects.length ? 'failed' : 'passed'), 40);
    return id;
  }

  async getReport(id: string): Promise<InspectionReport> {
    const report = this.reports.get(id);
    if (!report) throw new Error(`no inspection ${id}`);
    return structuredClone(report);
  }

  recordDefect(id: string, pole: string, issue: InspectionReport['defects'][number]['issue']): void {
    this.reports.get(id)!.defects.push({ pole, issue });
  }

  private advance(id: string, status: InspectionStatus): void {
    const report = this.reports.get(id);
    if (report) report.status = status;
  }
}

async function waitForStatus(
  pending: Promise<InspectionReport>,
  want: InspectionStatus,
  tries = 20,
): Promise<InspectionReport> {
  for (let i = 0; i < tries; i++) {
    const report = await pending;
    if (report.status === want) return report;
    await sleep(10);
  }
  throw new Error(`inspection never reached ${want}`);
}

describe('bamboo scaffold inspections', () => {
  let api: FakeInspectionApi;

  beforeEach(() => {
    api = new FakeInspectionApi();
  });

  it('passes a scaffold with sound lashings', async () => {
    const id = await api.schedule('tower-B-east');
    const report = await waitForStatus(api.getReport(id), 'passed');
    expect(report.scaffoldId).toBe('tower-B-east');
    expect(report.defects).toHaveLength(0);
  });

  it('fails a scaffold with a split culm', async () => {
    const id = await api.schedule('podium-north');
    api.recordDefect(id, 'P14', 'split-culm');
    const report = await waitForStatus(api.getReport(id), 'failed');
    expect(report.defects).toEqual([{ pole: 'P14', issue: 'split-culm' }]);
  });

  it('starts in the scheduled state', async () => {
    const id = await api.schedule('lift-core');
    const report = await api.getReport(id);
    expect(report.status).toBe('scheduled');
  });
});
