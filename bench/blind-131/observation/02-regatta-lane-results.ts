// expect: none
// Every rejected transponder read from allSettled is turned into a DNF entry carrying its reason and is logged, so no lane failure is silently lost.
export interface LaneFinish {
  lane: number;
  elapsedMs: number;
}

export interface TransponderApi {
  readFinish(heat: number, lane: number): Promise<LaneFinish>;
}

export interface HeatResults {
  heat: number;
  placings: Array<LaneFinish & { place: number }>;
  didNotFinish: Array<{ lane: number; reason: string }>;
}

export type Logger = (message: string) => void;

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return String(reason);
}

export async function collectHeatResults(
  api: TransponderApi,
  heat: number,
  lanes: number[],
  log: Logger,
): Promise<HeatResults> {
  const results = await Promise.allSettled(lanes.map((lane) => api.readFinish(heat, lane)));

  const finishes: LaneFinish[] = [];
  const didNotFinish: HeatResults['didNotFinish'] = [];

  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      finishes.push(result.value);
      return;
    }
    const reason = describeReason(result.reason);
    didNotFinish.push({ lane: lanes[i], reason });
    log(`heat ${heat} lane ${lanes[i]}: no finish recorded (${reason})`);
  });

  const placings = finishes
    .sort((a, b) => a.elapsedMs - b.elapsedMs)
    .map((f, idx) => ({ ...f, place: idx + 1 }));

  return { heat, placings, didNotFinish };
}

export function formatElapsed(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const seconds = ((ms % 60_000) / 1000).toFixed(2).padStart(5, '0');
  return `${minutes}:${seconds}`;
}

export function renderHeatBoard(results: HeatResults): string {
  const lines = [`Heat ${results.heat}`];
  for (const p of results.placings) {
    lines.push(`${String(p.place).padStart(2)}. lane ${p.lane}  ${formatElapsed(p.elapsedMs)}`);
  }
  for (const d of results.didNotFinish) {
    lines.push(`DNF lane ${d.lane}  (${d.reason})`);
  }
  return lines.join('\n');
}
