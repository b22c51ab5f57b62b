// expect: no-read-before-settle
// `readings` is assigned inside the gauge's then-callback but planDressing reads it synchronously right after, so it always plans from the empty array.
export interface Millstone {
  stoneId: string;
  pair: 'east' | 'west';
  role: 'bedstone' | 'runner';
  lastKnownFurrowMm: number;
  lastDressedOn: string;
}

export interface WearReading {
  stoneId: string;
  furrowDepthMm: number;
  measuredAt: string;
}

export interface DressingPlan {
  stoneId: string;
  depthMm: number;
  action: 'dress-now' | 'dress-this-week' | 'ok';
}

declare const stoneGauge: {
  readAll(millId: string): Promise<WearReading[]>;
};

declare const millLog: {
  warn(msg: string, err?: unknown): void;
  info(msg: string): void;
};

const DRESS_NOW_MM = 3;
const DRESS_SOON_MM = 5;

function daysSince(iso: string, today: Date): number {
  return Math.floor((today.getTime() - Date.parse(iso)) / 86_400_000);
}

function actionFor(depthMm: number, stone: Millstone, today: Date): DressingPlan['action'] {
  if (depthMm <= DRESS_NOW_MM) return 'dress-now';
  if (depthMm <= DRESS_SOON_MM || daysSince(stone.lastDressedOn, today) > 120) return 'dress-this-week';
  return 'ok';
}

export function planDressing(millId: string, stones: Millstone[], today = new Date()): DressingPlan[] {
  let readings: WearReading[] = [];
  stoneGauge.readAll(millId).then(
    (latest) => {
      readings = latest;
    },
    (err) => millLog.warn(`furrow gauge unavailable at ${millId}`, err),
  );

  const plan = stones.map((stone) => {
    const reading = readings.find((r) => r.stoneId === stone.stoneId);
    const depthMm = reading ? reading.furrowDepthMm : stone.lastKnownFurrowMm;
    return { stoneId: stone.stoneId, depthMm, action: actionFor(depthMm, stone, today) };
  });

  const urgent = plan.filter((p) => p.action === 'dress-now');
  if (urgent.length > 0) {
    millLog.info(`${millId}: ${urgent.length} stone(s) need dressing before milling`);
  }
  return plan.sort((a, b) => a.depthMm - b.depthMm);
}

export function pairsToStop(plan: DressingPlan[], stones: Millstone[]): Array<Millstone['pair']> {
  const byId = new Map(stones.map((s) => [s.stoneId, s]));
  const pairs = new Set<Millstone['pair']>();
  for (const p of plan) {
    if (p.action !== 'dress-now') continue;
    const stone = byId.get(p.stoneId);
    if (stone) pairs.add(stone.pair);
  }
  return [...pairs];
}
