// expect: no-multiple-settle
// The stabilisation wait never clears its timeout after resolving, so the timer later calls reject on a settled promise and holds the process open.
export interface TensionReading {
  ropeId: string;
  newtons: number;
  sampledAt: number;
}

export interface RopeSensor {
  on(event: 'reading', listener: (reading: TensionReading) => void): this;
  off(event: 'reading', listener: (reading: TensionReading) => void): this;
}

export interface BellRope {
  id: string;
  bellName: string;
  tenorWeightKg: number;
  sallyHeightCm: number;
}

declare const belfryLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
};

const WINDOW = 8;
const MAX_SPREAD_N = 2.5;

function spread(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function awaitSettledTension(sensor: RopeSensor, ropeId: string, timeoutMs = 20_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const window: number[] = [];

    const onReading = (reading: TensionReading) => {
      if (reading.ropeId !== ropeId) return;
      window.push(reading.newtons);
      if (window.length > WINDOW) window.shift();
      if (window.length === WINDOW && spread(window) < MAX_SPREAD_N) {
        sensor.off('reading', onReading);
        resolve(mean(window));
      }
    };

    setTimeout(() => {
      sensor.off('reading', onReading);
      reject(new Error(`rope ${ropeId} did not settle within ${timeoutMs} ms`));
    }, timeoutMs);

    sensor.on('reading', onReading);
  });
}

export interface RopeCheck {
  ropeId: string;
  restingTensionN: number;
  withinSpec: boolean;
  note?: string;
}

function expectedRestingTension(rope: BellRope): { min: number; max: number } {
  const base = rope.tenorWeightKg * 0.18;
  return { min: base * 0.9, max: base * 1.15 };
}

export async function checkRopes(sensor: RopeSensor, ropes: BellRope[]): Promise<RopeCheck[]> {
  const results: RopeCheck[] = [];
  for (const rope of ropes) {
    try {
      const tension = await awaitSettledTension(sensor, rope.id);
      const { min, max } = expectedRestingTension(rope);
      const withinSpec = tension >= min && tension <= max;
      results.push({
        ropeId: rope.id,
        restingTensionN: Math.round(tension * 10) / 10,
        withinSpec,
        note: withinSpec ? undefined : `expected ${min.toFixed(0)}-${max.toFixed(0)} N for ${rope.bellName}`,
      });
      if (!withinSpec) {
        belfryLog.warn('rope tension out of spec', { ropeId: rope.id, tension, min, max });
      }
    } catch (err) {
      belfryLog.warn('rope tension never stabilised', { ropeId: rope.id, err });
      results.push({ ropeId: rope.id, restingTensionN: Number.NaN, withinSpec: false, note: 'unstable' });
    }
  }
  belfryLog.info('rope inspection finished', {
    checked: results.length,
    failing: results.filter((r) => !r.withinSpec).length,
  });
  return results;
}
