// expect: no-reused-settled-promise
// withRetries receives an already-started send promise and re-awaits that same settled promise on each attempt, so a failed SMS is never actually resent.
import { setTimeout as delay } from 'node:timers/promises';

export interface Grower {
  id: string;
  name: string;
  phone: string;
  blocks: string[];
}

export interface SensorReading {
  blockId: string;
  celsius: number;
  dewPoint: number;
  takenAt: Date;
}

interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
}

declare const smsGateway: {
  send(to: string, body: string): Promise<{ messageId: string }>;
};

declare const growerDirectory: {
  growersForBlock(blockId: string): Promise<Grower[]>;
};

const FROST_THRESHOLD_C = 0.5;
const recentlyAlerted = new Map<string, number>();
const ALERT_COOLDOWN_MS = 45 * 60 * 1000;

async function withRetries<T>(attempt: Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < opts.attempts; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      await delay(opts.baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

function formatAlert(grower: Grower, reading: SensorReading): string {
  const time = reading.takenAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${grower.name}: block ${reading.blockId} at ${reading.celsius.toFixed(1)}°C (dew point ${reading.dewPoint.toFixed(1)}°C) as of ${time}. Start wind machines.`;
}

export function needsAlert(reading: SensorReading, now = Date.now()): boolean {
  if (reading.celsius > FROST_THRESHOLD_C) return false;
  const last = recentlyAlerted.get(reading.blockId);
  return last === undefined || now - last > ALERT_COOLDOWN_MS;
}

export async function dispatchFrostAlerts(readings: SensorReading[]): Promise<string[]> {
  const delivered: string[] = [];
  for (const reading of readings.filter((r) => needsAlert(r))) {
    const growers = await growerDirectory.growersForBlock(reading.blockId);
    const results = await Promise.allSettled(
      growers.map((grower) =>
        withRetries(smsGateway.send(grower.phone, formatAlert(grower, reading)), {
          attempts: 4,
          baseDelayMs: 500,
        }),
      ),
    );
    for (const result of results) {
      if (result.status === 'fulfilled') delivered.push(result.value.messageId);
      else console.error(`frost alert for ${reading.blockId} failed`, result.reason);
    }
    recentlyAlerted.set(reading.blockId, Date.now());
  }
  return delivered;
}
