// expect: no-reused-settled-promise
// fetchInspection starts one request before the retry loop and re-awaits that same settled promise on every attempt, so retries never re-request.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LashingCheck {
  joint: string;
  ropeType: 'nylon' | 'rattan' | 'plastic-strap';
  tight: boolean;
}

export interface InspectionReport {
  towerId: string;
  inspector: string;
  storeys: number;
  lashings: LashingCheck[];
  culmsCracked: number;
  windRatingKmh: number;
  signedAt: string;
}

export class InspectionHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

declare const scaffoldApi: {
  getInspection(towerId: string): Promise<InspectionReport>;
  listTowers(siteId: string): Promise<string[]>;
};

function isTransient(err: unknown): boolean {
  if (err instanceof InspectionHttpError) return err.status === 429 || err.status >= 500;
  return err instanceof TypeError;
}

export class InspectionClient {
  constructor(
    private readonly maxAttempts = 4,
    private readonly backoffMs = 400,
  ) {}

  async fetchInspection(towerId: string): Promise<InspectionReport> {
    const request = scaffoldApi.getInspection(towerId);
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        return await request;
      } catch (err) {
        lastError = err;
        if (!isTransient(err) || attempt === this.maxAttempts) break;
        await sleep(this.backoffMs * 2 ** (attempt - 1));
      }
    }
    throw lastError;
  }

  async siteSummary(siteId: string): Promise<{ safe: string[]; unsafe: Map<string, string[]> }> {
    const towers = await scaffoldApi.listTowers(siteId);
    const safe: string[] = [];
    const unsafe = new Map<string, string[]>();
    for (const towerId of towers) {
      const report = await this.fetchInspection(towerId);
      const problems = assess(report);
      if (problems.length === 0) safe.push(towerId);
      else unsafe.set(towerId, problems);
    }
    return { safe, unsafe };
  }
}

export function assess(report: InspectionReport): string[] {
  const problems: string[] = [];
  const loose = report.lashings.filter((l) => !l.tight);
  if (loose.length > 0) problems.push(`${loose.length} loose lashings (${loose.map((l) => l.joint).join(', ')})`);
  if (report.culmsCracked > 0) problems.push(`${report.culmsCracked} cracked culms`);
  if (report.storeys > 20 && report.windRatingKmh < 120) {
    problems.push(`wind rating ${report.windRatingKmh} km/h too low for ${report.storeys} storeys`);
  }
  const ageDays = (Date.now() - Date.parse(report.signedAt)) / 86_400_000;
  if (ageDays > 14) problems.push(`inspection is ${Math.floor(ageDays)} days old`);
  return problems;
}
