// expect: no-swallowed-abort
// rinseAll() catches AbortError per vat, records the vat as 'cancelled' and continues, so a cancelled rinse cycle resolves with an ordinary report.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Vat {
  id: string;
  litres: number;
  size: 'carrageenan' | 'methylcel' | 'gum-tragacanth';
}

export interface RinseEntry {
  vatId: string;
  outcome: 'rinsed' | 'cancelled' | 'skipped';
  minutes: number;
}

declare const VAT_CONTROLLER: string;

declare const studioLog: {
  info(msg: string, extra?: Record<string, unknown>): void;
};

const SETTLE_MS: Record<Vat['size'], number> = {
  carrageenan: 8 * 60_000,
  methylcel: 3 * 60_000,
  'gum-tragacanth': 12 * 60_000,
};

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

async function command(vatId: string, action: 'drain' | 'flush' | 'fill', signal: AbortSignal): Promise<void> {
  const res = await fetch(`${VAT_CONTROLLER}/vats/${encodeURIComponent(vatId)}/${action}`, { method: 'POST', signal });
  if (!res.ok) throw new Error(`${action} on vat ${vatId} failed with ${res.status}`);
}

async function rinseVat(vat: Vat, signal: AbortSignal): Promise<number> {
  const started = Date.now();
  await command(vat.id, 'drain', signal);
  await command(vat.id, 'flush', signal);
  await command(vat.id, 'fill', signal);
  // Fresh size has to rest before it will float colour.
  await sleep(SETTLE_MS[vat.size], undefined, { signal });
  return Math.round((Date.now() - started) / 60_000);
}

export async function rinseAll(vats: Vat[], signal: AbortSignal): Promise<RinseEntry[]> {
  const report: RinseEntry[] = [];
  for (const vat of vats) {
    if (vat.litres === 0) {
      report.push({ vatId: vat.id, outcome: 'skipped', minutes: 0 });
      continue;
    }
    try {
      const minutes = await rinseVat(vat, signal);
      report.push({ vatId: vat.id, outcome: 'rinsed', minutes });
    } catch (err) {
      if (isAbortError(err)) {
        report.push({ vatId: vat.id, outcome: 'cancelled', minutes: 0 });
        continue;
      }
      throw err;
    }
  }
  studioLog.info('rinse cycle finished', {
    rinsed: report.filter((r) => r.outcome === 'rinsed').length,
    cancelled: report.filter((r) => r.outcome === 'cancelled').length,
  });
  return report;
}

export function readyForClass(report: RinseEntry[], needed: number): boolean {
  return report.filter((r) => r.outcome === 'rinsed').length >= needed;
}
