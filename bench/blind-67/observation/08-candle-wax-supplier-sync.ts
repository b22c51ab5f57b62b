// expect: none
// Every Promise.allSettled result is narrowed by status (type-guard filter or explicit branch) before .value or .reason is read.
export interface ReclaimedLot {
  supplierId: string;
  lotId: string;
  kind: "paraffin" | "soy" | "beeswax";
  kg: number;
  contaminationPct: number;
}

export interface DropOffSite {
  siteId: string;
  name: string;
  feedUrl: string;
}

declare const feeds: { fetchLots(site: DropOffSite): Promise<ReclaimedLot[]> };
declare const intake: { upsert(lots: ReclaimedLot[]): Promise<number> };
declare const alerts: { page(text: string): Promise<void> };

const MAX_CONTAMINATION = 4.5;

function isFulfilled<T>(r: PromiseSettledResult<T>): r is PromiseFulfilledResult<T> {
  return r.status === "fulfilled";
}

export interface SyncReport {
  sitesOk: number;
  sitesFailed: Array<{ siteId: string; reason: string }>;
  lotsAccepted: number;
  lotsRejected: number;
}

export async function syncDropOffSites(sites: DropOffSite[]): Promise<SyncReport> {
  const results = await Promise.allSettled(sites.map((site) => feeds.fetchLots(site)));

  const sitesFailed: SyncReport["sitesFailed"] = [];
  results.forEach((result, i) => {
    if (result.status === "rejected") {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      sitesFailed.push({ siteId: sites[i].siteId, reason });
    }
  });

  const lots = results.filter(isFulfilled).flatMap((r) => r.value);
  const clean = lots.filter((lot) => lot.contaminationPct <= MAX_CONTAMINATION);
  const accepted = clean.length > 0 ? await intake.upsert(clean) : 0;

  if (sitesFailed.length > sites.length / 2) {
    await alerts.page(`wax intake: ${sitesFailed.length}/${sites.length} drop-off feeds failing`);
  }

  return {
    sitesOk: sites.length - sitesFailed.length,
    sitesFailed,
    lotsAccepted: accepted,
    lotsRejected: lots.length - clean.length,
  };
}

export function tonnageByKind(lots: ReclaimedLot[]): Record<ReclaimedLot["kind"], number> {
  const totals = { paraffin: 0, soy: 0, beeswax: 0 };
  for (const lot of lots) {
    totals[lot.kind] += lot.kg / 1000;
  }
  return totals;
}
