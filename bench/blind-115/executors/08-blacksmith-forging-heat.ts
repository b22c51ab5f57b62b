// expect: no-multiple-settle
// When the furnace reaches forging heat the promise resolves but the polling interval is not cleared, so it keeps reading and resolves (or later rejects) again on every tick.
export type SteelGrade = '1084' | '5160' | 'O1' | 'W2' | 'mild';

export interface ForgeOrder {
  orderId: string;
  furnaceId: string;
  steel: SteelGrade;
  pieces: number;
}

export interface HeatReading {
  furnaceId: string;
  celsius: number;
  waitedMs: number;
}

export interface ThermocoupleReader {
  read(furnaceId: string, callback: (err: Error | null, celsius: number) => void): void;
}

const FORGING_WINDOW: Record<SteelGrade, { min: number; max: number }> = {
  '1084': { min: 1040, max: 1150 },
  '5160': { min: 1050, max: 1180 },
  O1: { min: 980, max: 1090 },
  W2: { min: 980, max: 1060 },
  mild: { min: 1100, max: 1250 },
};

export interface HeatWaitOptions {
  pollMs?: number;
  maxWaitMs?: number;
}

export function waitForForgingHeat(
  sensor: ThermocoupleReader,
  order: ForgeOrder,
  { pollMs = 2_000, maxWaitMs = 20 * 60_000 }: HeatWaitOptions = {},
): Promise<HeatReading> {
  const window = FORGING_WINDOW[order.steel];
  const started = Date.now();

  return new Promise<HeatReading>((resolve, reject) => {
    const poll = setInterval(() => {
      sensor.read(order.furnaceId, (err, celsius) => {
        if (err) {
          clearInterval(poll);
          reject(new Error(`thermocouple on ${order.furnaceId} failed: ${err.message}`));
          return;
        }
        if (celsius >= window.min && celsius <= window.max) {
          resolve({ furnaceId: order.furnaceId, celsius, waitedMs: Date.now() - started });
          return;
        }
        if (celsius > window.max + 80) {
          clearInterval(poll);
          reject(new Error(`${order.furnaceId} overheated to ${celsius}°C for ${order.steel}`));
          return;
        }
        if (Date.now() - started > maxWaitMs) {
          clearInterval(poll);
          reject(new Error(`${order.furnaceId} stuck at ${celsius}°C after ${maxWaitMs}ms`));
        }
      });
    }, pollMs);
  });
}

export function describeOrder(order: ForgeOrder): string {
  const window = FORGING_WINDOW[order.steel];
  return `${order.orderId}: ${order.pieces}x ${order.steel} at ${window.min}-${window.max}°C in ${order.furnaceId}`;
}
