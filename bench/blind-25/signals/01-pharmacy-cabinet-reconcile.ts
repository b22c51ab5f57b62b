// expect: require-signal-propagation
// lookupRecall receives ctx (which carries the reconciliation's AbortSignal) but calls fetch without passing ctx.signal, so cancelled reconciliations keep issuing recall lookups.
import { setTimeout as delay } from 'node:timers/promises';

export interface DispenseContext {
  cabinetId: string;
  baseUrl: string;
  token: string;
  signal: AbortSignal;
}

export interface CabinetDrawer {
  drawer: number;
  ndc: string;
  lot: string;
  quantity: number;
}

export interface RecallNotice {
  ndc: string;
  lot: string;
  severity: 'class-1' | 'class-2' | 'class-3';
  issuedAt: string;
}

export interface ReconcileReport {
  cabinetId: string;
  checked: number;
  quarantined: Array<CabinetDrawer & { recall: RecallNotice }>;
}

// The recall service rate-limits per facility; stay well under 20 req/s.
const RECALL_LOOKUP_SPACING_MS = 60;

function authHeaders(ctx: DispenseContext): Record<string, string> {
  return {
    authorization: `Bearer ${ctx.token}`,
    accept: 'application/json',
    'x-cabinet-id': ctx.cabinetId,
  };
}

async function loadDrawers(ctx: DispenseContext): Promise<CabinetDrawer[]> {
  const res = await fetch(
    `${ctx.baseUrl}/cabinets/${encodeURIComponent(ctx.cabinetId)}/drawers`,
    { headers: authHeaders(ctx), signal: ctx.signal },
  );
  if (!res.ok) {
    throw new Error(`drawer inventory request failed: HTTP ${res.status}`);
  }
  return (await res.json()) as CabinetDrawer[];
}

async function lookupRecall(ctx: DispenseContext, item: CabinetDrawer): Promise<RecallNotice | null> {
  const url = new URL('/recalls/lookup', ctx.baseUrl);
  url.searchParams.set('ndc', item.ndc);
  url.searchParams.set('lot', item.lot);

  const res = await fetch(url, { headers: authHeaders(ctx) });
  if (res.status === 404) return null;
  if (!res.ok) {
    throw new Error(`recall lookup failed for ${item.ndc}/${item.lot}: HTTP ${res.status}`);
  }
  return (await res.json()) as RecallNotice;
}

async function quarantineDrawer(ctx: DispenseContext, item: CabinetDrawer, recall: RecallNotice): Promise<void> {
  const res = await fetch(`${ctx.baseUrl}/cabinets/${encodeURIComponent(ctx.cabinetId)}/quarantine`, {
    method: 'POST',
    headers: { ...authHeaders(ctx), 'content-type': 'application/json' },
    body: JSON.stringify({ drawer: item.drawer, ndc: item.ndc, lot: item.lot, reason: recall.severity }),
    signal: ctx.signal,
  });
  if (!res.ok) {
    throw new Error(`quarantine of drawer ${item.drawer} rejected: HTTP ${res.status}`);
  }
}

export async function reconcileCabinet(ctx: DispenseContext): Promise<ReconcileReport> {
  const drawers = await loadDrawers(ctx);
  const report: ReconcileReport = { cabinetId: ctx.cabinetId, checked: 0, quarantined: [] };

  for (const item of drawers) {
    ctx.signal.throwIfAborted();
    if (item.quantity === 0) continue;

    const recall = await lookupRecall(ctx, item);
    report.checked += 1;

    if (recall && recall.severity !== 'class-3') {
      await quarantineDrawer(ctx, item, recall);
      report.quarantined.push({ ...item, recall });
    }

    await delay(RECALL_LOOKUP_SPACING_MS, undefined, { signal: ctx.signal });
  }

  return report;
}
