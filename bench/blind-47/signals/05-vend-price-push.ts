// expect: no-leaked-race
// The ack timeout races a sleep that is never cancelled, and the losing push request is never aborted, so both keep running after the race settles.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PriceTable {
  currency: 'EUR' | 'USD' | 'GBP';
  slots: Record<string, number>;
  effectiveFrom: string;
}

export interface PushResult {
  machineId: string;
  acknowledged: boolean;
  firmware: string;
}

declare const fleetGateway: {
  pushPriceTable(machineId: string, table: PriceTable): Promise<{ firmware: string; checksum: string }>;
  machinesInRegion(region: string): Promise<string[]>;
};

declare const fleetLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const ACK_TIMEOUT_MS = 15_000;

export class PushTimeoutError extends Error {
  constructor(readonly machineId: string) {
    super(`Machine ${machineId} did not acknowledge the price table within ${ACK_TIMEOUT_MS}ms`);
    this.name = 'PushTimeoutError';
  }
}

function checksum(table: PriceTable): string {
  const entries = Object.entries(table.slots).sort(([a], [b]) => a.localeCompare(b));
  let h = 0;
  for (const [slot, cents] of entries) {
    for (const ch of `${slot}:${cents};`) {
      h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

async function pushWithTimeout(machineId: string, table: PriceTable): Promise<PushResult> {
  const ack = await Promise.race([
    fleetGateway.pushPriceTable(machineId, table),
    sleep(ACK_TIMEOUT_MS).then(() => {
      throw new PushTimeoutError(machineId);
    }),
  ]);
  if (ack.checksum !== checksum(table)) {
    throw new Error(`Machine ${machineId} stored a different price table (checksum ${ack.checksum})`);
  }
  return { machineId, acknowledged: true, firmware: ack.firmware };
}

export async function rollOutPrices(region: string, table: PriceTable): Promise<PushResult[]> {
  const invalid = Object.entries(table.slots).filter(([, cents]) => !Number.isInteger(cents) || cents <= 0);
  if (invalid.length > 0) {
    throw new RangeError(`Invalid prices for slots ${invalid.map(([s]) => s).join(', ')}`);
  }

  const machines = await fleetGateway.machinesInRegion(region);
  const results: PushResult[] = [];
  for (const machineId of machines) {
    try {
      results.push(await pushWithTimeout(machineId, table));
    } catch (err) {
      if (!(err instanceof PushTimeoutError)) {
        throw err;
      }
      fleetLog.warn('machine offline during price rollout', { machineId, region });
      results.push({ machineId, acknowledged: false, firmware: 'unknown' });
    }
  }
  return results;
}
