// expect: no-swallowed-abort
// uploadReport wraps every fetch failure, including an AbortError, in a plain InspectionUploadError, so uploadAll's AbortError check never matches and a cancelled run keeps going.
export interface ScaffoldFinding {
  bay: string;
  issue: 'loose-lashing' | 'split-pole' | 'missing-ledger' | 'overloaded-platform';
  severity: 'low' | 'medium' | 'high';
}

export interface InspectionReport {
  reportId: string;
  siteId: string;
  inspector: string;
  inspectedAt: string;
  findings: ScaffoldFinding[];
}

export class InspectionUploadError extends Error {
  constructor(message: string, readonly reportId: string) {
    super(message);
    this.name = 'InspectionUploadError';
  }
}

export class BuildingsDeptUploader {
  constructor(private endpoint: string, private licence: string) {}

  async uploadReport(report: InspectionReport, signal?: AbortSignal): Promise<string> {
    let res: Response;
    try {
      res = await fetch(`${this.endpoint}/scaffold-inspections/${report.reportId}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-licence-no': this.licence },
        body: JSON.stringify(report),
        signal,
      });
    } catch (err) {
      throw new InspectionUploadError(`upload of ${report.reportId} failed: ${(err as Error).message}`, report.reportId);
    }
    if (res.status === 409) {
      throw new InspectionUploadError(`report ${report.reportId} was already filed`, report.reportId);
    }
    if (!res.ok) {
      throw new InspectionUploadError(`department rejected ${report.reportId}: HTTP ${res.status}`, report.reportId);
    }
    const { receipt } = (await res.json()) as { receipt: string };
    return receipt;
  }

  async uploadAll(
    reports: InspectionReport[],
    signal?: AbortSignal,
  ): Promise<{ receipts: Record<string, string>; failed: string[] }> {
    const receipts: Record<string, string> = {};
    const failed: string[] = [];
    for (const report of reports) {
      try {
        receipts[report.reportId] = await this.uploadReport(report, signal);
      } catch (err) {
        if ((err as Error).name === 'AbortError') throw err;
        failed.push(report.reportId);
      }
    }
    return { receipts, failed };
  }
}

export function highSeverityBays(reports: InspectionReport[]): string[] {
  const bays = new Set<string>();
  for (const r of reports) {
    for (const f of r.findings) {
      if (f.severity === 'high') bays.add(`${r.siteId}/${f.bay}`);
    }
  }
  return [...bays].sort();
}
