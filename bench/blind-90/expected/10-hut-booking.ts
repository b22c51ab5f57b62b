// expect: no-reused-settled-promise
// withFallback's retry re-attaches .then(() => request) to the same rejected promise after the delay, so the hut reservation is never re-sent and the "retry" always yields the original error.
import { setTimeout as sleep } from 'node:timers/promises';

export interface HutReservation {
  hut: string;
  night: string;
  guide: string;
  clients: number;
}

export interface Confirmation {
  hut: string;
  night: string;
  bunks: number[];
  code: string;
}

declare const hutApi: {
  reserve(r: HutReservation): Promise<Confirmation>;
  cancel(code: string): Promise<void>;
};

function isTransient(err: unknown): boolean {
  const msg = (err as Error)?.message ?? '';
  return /ETIMEDOUT|ECONNRESET|503|radio link/i.test(msg);
}

export function withFallback<T>(request: Promise<T>, label: string, delayMs = 5_000): Promise<T> {
  return request.catch((err) => {
    if (!isTransient(err)) throw err;
    console.warn(`${label}: ${(err as Error).message}; trying again in ${delayMs / 1000}s`);
    return sleep(delayMs).then(() => request);
  });
}

export async function bookTraverse(
  stages: { hut: string; night: string }[],
  guide: string,
  clients: number,
): Promise<Confirmation[]> {
  const confirmed: Confirmation[] = [];
  try {
    for (const stage of stages) {
      const c = await withFallback(
        hutApi.reserve({ hut: stage.hut, night: stage.night, guide, clients: clients + 1 }),
        `${stage.hut} ${stage.night}`,
      );
      if (c.bunks.length < clients + 1) {
        throw new Error(`${stage.hut} only has ${c.bunks.length} bunks on ${stage.night}`);
      }
      confirmed.push(c);
    }
    return confirmed;
  } catch (err) {
    for (const c of confirmed) {
      await hutApi.cancel(c.code).catch((e) => console.error(`could not release ${c.code}`, e));
    }
    throw err;
  }
}

export function itinerary(confirmations: Confirmation[]): string {
  return confirmations
    .map((c, i) => `Night ${i + 1} — ${c.night}: ${c.hut}, bunks ${c.bunks.join(', ')} (ref ${c.code})`)
    .join('\n');
}
