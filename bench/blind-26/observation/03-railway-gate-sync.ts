// expect: none
// Every allSettled result is inspected; rejected gates are recorded with their reason and retried.
import { setTimeout as delay } from 'node:timers/promises';

export interface GateClient {
  id: string;
  station: string;
  pushFareTable(version: string, table: Uint8Array): Promise<void>;
}

export interface GateFailure {
  gate: string;
  station: string;
  reason: string;
}

export interface RolloutReport {
  version: string;
  updated: string[];
  failed: GateFailure[];
  attempts: number;
}

export interface RolloutOptions {
  attempts?: number;
  backoffMs?: number;
}

declare const ops: {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
};

function describeError(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

export async function rolloutFareTable(
  gates: GateClient[],
  version: string,
  table: Uint8Array,
  { attempts = 3, backoffMs = 2_000 }: RolloutOptions = {},
): Promise<RolloutReport> {
  const updated: string[] = [];
  let pending = gates;
  let failed: GateFailure[] = [];
  let attempt = 0;

  while (pending.length > 0 && attempt < attempts) {
    attempt += 1;
    const batch = pending;
    const results = await Promise.allSettled(batch.map((gate) => gate.pushFareTable(version, table)));

    const retry: GateClient[] = [];
    failed = [];
    results.forEach((result, index) => {
      const gate = batch[index];
      if (result.status === 'fulfilled') {
        updated.push(gate.id);
        return;
      }
      const failure = { gate: gate.id, station: gate.station, reason: describeError(result.reason) };
      failed.push(failure);
      retry.push(gate);
      ops.warn('fare table push failed', { ...failure, version, attempt });
    });

    pending = retry;
    if (pending.length > 0 && attempt < attempts) {
      await delay(backoffMs * attempt);
    }
  }

  ops.info('fare table rollout finished', {
    version,
    updated: updated.length,
    failed: failed.length,
    attempts: attempt,
  });
  return { version, updated, failed, attempts: attempt };
}
