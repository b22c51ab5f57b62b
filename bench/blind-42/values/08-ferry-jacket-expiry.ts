// expect: no-promise-as-value
// In classify, a cache miss makes `status` the unawaited registry.lookupStatus promise, so `status === 'expired'` is always false for uncached tags.
export type JacketStatus = 'in-service' | 'due-soon' | 'expired' | 'condemned';

export interface JacketScan {
  tag: string;
  vessel: string;
  station: string;
  scannedAt: Date;
}

export interface ExpiryReport {
  vessel: string;
  expired: string[];
  dueSoon: string[];
  condemned: string[];
  inService: number;
}

declare const registry: {
  lookupStatus(tag: string): Promise<JacketStatus>;
  bulkStatus(tags: string[]): Promise<Map<string, JacketStatus>>;
};

declare const compliance: {
  fileReport(report: ExpiryReport): Promise<string>;
  notifyMaster(vessel: string, message: string): Promise<void>;
};

export class ExpiryAuditor {
  private readonly statusCache = new Map<string, JacketStatus>();

  async warm(tags: string[]): Promise<void> {
    const statuses = await registry.bulkStatus(tags);
    for (const [tag, status] of statuses) this.statusCache.set(tag, status);
  }

  private classify(scan: JacketScan, report: ExpiryReport): void {
    const status = this.statusCache.get(scan.tag) ?? registry.lookupStatus(scan.tag);
    if (status === 'expired') {
      report.expired.push(`${scan.tag} @ ${scan.station}`);
    } else if (status === 'due-soon') {
      report.dueSoon.push(`${scan.tag} @ ${scan.station}`);
    } else if (status === 'condemned') {
      report.condemned.push(`${scan.tag} @ ${scan.station}`);
    } else {
      report.inService++;
    }
  }

  async audit(vessel: string, scans: JacketScan[]): Promise<ExpiryReport> {
    await this.warm(scans.map((s) => s.tag));

    const report: ExpiryReport = { vessel, expired: [], dueSoon: [], condemned: [], inService: 0 };
    const seen = new Set<string>();
    for (const scan of scans) {
      if (seen.has(scan.tag)) continue;
      seen.add(scan.tag);
      this.classify(scan, report);
    }

    const reportId = await compliance.fileReport(report);
    if (report.expired.length + report.condemned.length > 0) {
      await compliance.notifyMaster(
        vessel,
        `Lifejacket audit ${reportId}: ${report.expired.length} expired, ${report.condemned.length} condemned. Replace before next sailing.`,
      );
    }
    return report;
  }
}
