// expect: no-promise-as-value
// Bug: rollingTotal is async, so the warning text interpolates a Promise and reads "[object Promise] mm" instead of the 72 h total.
export interface Gauge {
  id: string;
  name: string;
  catchment: string;
  thresholdMm72h: number;
}

export interface GaugeSample {
  gaugeId: string;
  at: number;
  mm: number;
}

declare const gaugeArchive: {
  samples(gaugeId: string, sinceMs: number): Promise<GaugeSample[]>;
};

declare const bulletinDesk: {
  publish(bulletin: { issuedAt: string; level: 'none' | 'watch' | 'warning'; lines: string[] }): Promise<void>;
};

const HOUR = 3_600_000;

async function rollingTotal(gaugeId: string, hours: number): Promise<number> {
  const samples = await gaugeArchive.samples(gaugeId, Date.now() - hours * HOUR);
  const total = samples.reduce((sum, s) => sum + s.mm, 0);
  return Math.round(total * 10) / 10;
}

async function exceedsThreshold(g: Gauge): Promise<boolean> {
  return (await rollingTotal(g.id, 72)) >= g.thresholdMm72h;
}

async function peakHourly(gaugeId: string): Promise<number> {
  const samples = await gaugeArchive.samples(gaugeId, Date.now() - 24 * HOUR);
  const buckets = new Map<number, number>();
  for (const s of samples) {
    const hour = Math.floor(s.at / HOUR);
    buckets.set(hour, (buckets.get(hour) ?? 0) + s.mm);
  }
  return Math.max(0, ...buckets.values());
}

function level(exceeded: number, intense: number): 'none' | 'watch' | 'warning' {
  if (exceeded >= 2 || (exceeded >= 1 && intense >= 1)) return 'warning';
  if (exceeded >= 1 || intense >= 2) return 'watch';
  return 'none';
}

export async function issueBulletin(gauges: Gauge[]): Promise<{ level: string; lines: string[] }> {
  const lines: string[] = [];
  let exceeded = 0;
  let intense = 0;

  for (const g of gauges) {
    if (await exceedsThreshold(g)) {
      exceeded += 1;
      lines.push(`${g.name} (${g.catchment}): ${rollingTotal(g.id, 72)} mm in 72 h, above the ${g.thresholdMm72h} mm threshold`);
    }
    const peak = await peakHourly(g.id);
    if (peak >= 25) {
      intense += 1;
      lines.push(`${g.name}: intense burst, ${peak.toFixed(1)} mm in one hour`);
    }
  }

  const lvl = level(exceeded, intense);
  if (lvl !== 'none') {
    await bulletinDesk.publish({ issuedAt: new Date().toISOString(), level: lvl, lines });
  }
  return { level: lvl, lines };
}

export function groupByCatchment(gauges: Gauge[]): Map<string, Gauge[]> {
  const map = new Map<string, Gauge[]>();
  for (const g of gauges) {
    const list = map.get(g.catchment) ?? [];
    list.push(g);
    map.set(g.catchment, list);
  }
  return map;
}
