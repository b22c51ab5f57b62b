// expect: no-unobserved-promise
// The fleece-weight fetch is started and stored, then the roster lookup is awaited first; if the weights request rejects meanwhile, no handler is attached.
import { setTimeout as delay } from 'node:timers/promises';

export interface FleeceRecord {
  tagId: string;
  shearerId: string;
  grossKg: number;
  bellyKg: number;
}

export interface ShearerRun {
  shearerId: string;
  name: string;
  standNo: number;
}

export interface TallySheet {
  shedId: string;
  runNo: number;
  byShearer: Map<string, { name: string; head: number; woolKg: number }>;
}

declare const woolScaleApi: {
  listWeights(shedId: string, runNo: number): Promise<FleeceRecord[]>;
};

declare const rosterApi: {
  runRoster(shedId: string, runNo: number): Promise<ShearerRun[]>;
};

const ROSTER_RETRY_MS = 250;

async function loadRoster(shedId: string, runNo: number): Promise<ShearerRun[]> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const roster = await rosterApi.runRoster(shedId, runNo);
    if (roster.length > 0) return roster;
    // The board sometimes publishes the roster a few seconds after the bell.
    await delay(ROSTER_RETRY_MS * (attempt + 1));
  }
  throw new Error(`no roster published for shed ${shedId} run ${runNo}`);
}

export async function buildTally(shedId: string, runNo: number): Promise<TallySheet> {
  const weightsRequest = woolScaleApi.listWeights(shedId, runNo);
  const roster = await loadRoster(shedId, runNo);

  const byShearer = new Map<string, { name: string; head: number; woolKg: number }>();
  for (const stand of roster) {
    byShearer.set(stand.shearerId, { name: stand.name, head: 0, woolKg: 0 });
  }

  const weights = await weightsRequest;
  for (const fleece of weights) {
    const row = byShearer.get(fleece.shearerId);
    if (!row) continue;
    row.head += 1;
    row.woolKg += Math.max(0, fleece.grossKg - fleece.bellyKg);
  }

  return { shedId, runNo, byShearer };
}

export function formatTally(sheet: TallySheet): string {
  const lines = [`Shed ${sheet.shedId} — run ${sheet.runNo}`];
  const rows = [...sheet.byShearer.values()].sort((a, b) => b.head - a.head);
  for (const row of rows) {
    lines.push(`${row.name.padEnd(20)} ${String(row.head).padStart(4)} hd  ${row.woolKg.toFixed(1)} kg`);
  }
  return lines.join('\n');
}
