// expect: no-reused-settled-promise
// waitForPeak requests the shower status once and re-awaits that same settled promise on every iteration, so it never sees a new rate.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ShowerStatus {
  shower: string;
  zhr: number;
  predictedPeakZhr: number;
  updatedAt: string;
}

export interface MeteorNetworkApi {
  showerStatus(shower: string): Promise<ShowerStatus>;
}

export interface PeakPollOptions {
  attempts?: number;
  intervalMs?: number;
  fraction?: number;
}

export async function waitForPeak(
  api: MeteorNetworkApi,
  shower: string,
  { attempts = 30, intervalMs = 120_000, fraction = 0.8 }: PeakPollOptions = {},
): Promise<ShowerStatus> {
  const request = api.showerStatus(shower);
  let last: ShowerStatus | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const status = await request;
    last = status;
    if (status.zhr >= status.predictedPeakZhr * fraction) return status;
    if (attempt < attempts) await sleep(intervalMs);
  }
  throw new Error(
    `${shower} did not approach its peak (last ZHR ${last?.zhr ?? 'n/a'} of ${last?.predictedPeakZhr ?? 'n/a'})`,
  );
}

export interface Subscriber {
  id: string;
  showers: string[];
  notify(message: string): Promise<void>;
}

export async function announcePeak(
  api: MeteorNetworkApi,
  shower: string,
  subscribers: Subscriber[],
): Promise<number> {
  const status = await waitForPeak(api, shower);
  const interested = subscribers.filter((s) => s.showers.includes(shower));
  await Promise.all(
    interested.map((s) =>
      s.notify(`${status.shower} is near peak: ZHR ${status.zhr} (predicted ${status.predictedPeakZhr}) as of ${status.updatedAt}`),
    ),
  );
  return interested.length;
}
