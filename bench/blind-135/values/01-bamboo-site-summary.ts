// expect: none
// Every async lookup is awaited before its result is interpolated, compared or serialized, so only resolved values reach the summary and the webhook body.
export interface SiteRecord {
  siteId: string;
  address: string;
  storeys: number;
  contractor: string;
}

export interface InspectionResult {
  siteId: string;
  passed: boolean;
  defects: number;
  inspectedAt: string;
}

export interface SiteRegistry {
  site(siteId: string): Promise<SiteRecord>;
  latestInspection(siteId: string): Promise<InspectionResult | null>;
  openPermits(siteId: string): Promise<number>;
}

export interface Notifier {
  post(channel: string, body: string): Promise<void>;
}

const MAX_DAYS_BETWEEN_INSPECTIONS = 14;

function daysSince(iso: string, now = new Date()): number {
  return Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
}

export class SiteSummaryService {
  constructor(private registry: SiteRegistry, private notifier: Notifier) {}

  async headline(siteId: string): Promise<string> {
    const site = await this.registry.site(siteId);
    const inspection = await this.registry.latestInspection(siteId);
    const status =
      inspection === null
        ? 'never inspected'
        : `${inspection.passed ? 'passed' : 'FAILED'} ${daysSince(inspection.inspectedAt)} day(s) ago`;
    return `${site.address} (${site.storeys} storeys, ${site.contractor}): ${status}`;
  }

  async needsReinspection(siteId: string): Promise<boolean> {
    const inspection = await this.registry.latestInspection(siteId);
    if (!inspection) return true;
    if (inspection.passed === false) return true;
    return daysSince(inspection.inspectedAt) > MAX_DAYS_BETWEEN_INSPECTIONS;
  }

  async notifyForeman(siteId: string): Promise<void> {
    const [site, inspection, permits] = await Promise.all([
      this.registry.site(siteId),
      this.registry.latestInspection(siteId),
      this.registry.openPermits(siteId),
    ]);
    const payload = {
      siteId,
      contractor: site.contractor,
      lastInspection: inspection?.inspectedAt ?? null,
      defects: inspection?.defects ?? 0,
      openPermits: permits,
    };
    await this.notifier.post(`foreman-${site.contractor}`, JSON.stringify(payload));
  }

  async overdueSites(siteIds: string[]): Promise<string[]> {
    const flags = await Promise.all(siteIds.map((id) => this.needsReinspection(id)));
    return siteIds.filter((_, i) => flags[i]);
  }
}
