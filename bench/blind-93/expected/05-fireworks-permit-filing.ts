// expect: none
// The retry helpers take a factory and call it again on every attempt, and the .catch() fallback starts a new request rather than re-awaiting the failed one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PermitApplication {
  displayId: string;
  site: string;
  date: string;
  netExplosiveKg: number;
  safetyDistanceM: number;
}

export interface PermitReceipt {
  reference: string;
  authority: string;
  status: 'received' | 'approved' | 'refused';
}

declare const council: { submit(app: PermitApplication): Promise<PermitReceipt> };
declare const fireService: { notify(app: PermitApplication): Promise<{ ticket: string }> };
declare const mailbox: { fallbackSubmit(app: PermitApplication): Promise<PermitReceipt> };

export async function retrying<T>(
  attempt: (n: number) => Promise<T>,
  { tries = 3, delayMs = 1_000 }: { tries?: number; delayMs?: number } = {},
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (n >= tries) throw err;
      await sleep(delayMs * n);
    }
  }
}

export function submitWithFallback(app: PermitApplication): Promise<PermitReceipt> {
  const primary = retrying(() => council.submit(app), { tries: 3 });
  return primary.catch((err: Error) => {
    console.warn(`council portal failed for ${app.displayId} (${err.message}); emailing the licensing team`);
    return retrying(() => mailbox.fallbackSubmit(app), { tries: 2, delayMs: 5_000 });
  });
}

export async function fileAll(applications: PermitApplication[]): Promise<Map<string, string>> {
  const references = new Map<string, string>();
  for (const app of applications) {
    if (app.netExplosiveKg > 250 && app.safetyDistanceM < 200) {
      throw new Error(`${app.displayId}: ${app.netExplosiveKg} kg NEQ needs at least 200 m safety distance`);
    }
    const [receipt, fire] = await Promise.all([
      submitWithFallback(app),
      retrying(() => fireService.notify(app), { tries: 5, delayMs: 500 }),
    ]);
    references.set(app.displayId, `${receipt.authority}/${receipt.reference} (fire ${fire.ticket})`);
  }
  return references;
}

export function daysUntil(date: string, now = new Date()): number {
  const ms = new Date(`${date}T00:00:00Z`).getTime() - Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round(ms / 86_400_000);
}
