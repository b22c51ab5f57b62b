// expect: require-signal-propagation
// The fetch gets the signal but the sleep between polls does not, so aborting the generator still waits out the full interval before it notices.
import { setTimeout as sleep } from 'node:timers/promises';

export interface HiveFrame {
  hiveId: string;
  broodTempC: number;
  humidityPct: number;
  weightKg: number;
  acousticHz: number;
  at: string;
}

export interface PollOptions {
  signal: AbortSignal;
  intervalMs?: number;
  apiKey: string;
}

const COOP_API = process.env.COOP_API ?? 'https://telemetry.heatherbee-coop.example/v2';

// A colony preparing to swarm hums noticeably higher than its baseline.
const SWARM_PIPING_HZ = 400;

export async function* pollHiveTelemetry(hiveIds: string[], opts: PollOptions): AsyncGenerator<HiveFrame> {
  const intervalMs = opts.intervalMs ?? 30_000;
  const seen = new Map<string, string>();

  while (!opts.signal.aborted) {
    const res = await fetch(`${COOP_API}/frames?hives=${hiveIds.join(',')}`, {
      headers: { authorization: `Bearer ${opts.apiKey}` },
      signal: opts.signal,
    });
    if (!res.ok) throw new Error(`telemetry poll failed: ${res.status}`);
    const frames = (await res.json()) as HiveFrame[];

    for (const frame of frames) {
      if (seen.get(frame.hiveId) === frame.at) continue;
      seen.set(frame.hiveId, frame.at);
      yield frame;
    }

    await sleep(intervalMs);
  }
}

export async function watchForSwarming(
  hiveIds: string[],
  apiKey: string,
  signal: AbortSignal,
  alert: (hiveId: string, frame: HiveFrame) => Promise<void>,
): Promise<void> {
  const lastAlert = new Map<string, number>();
  for await (const frame of pollHiveTelemetry(hiveIds, { signal, apiKey })) {
    if (frame.acousticHz < SWARM_PIPING_HZ) continue;
    const previous = lastAlert.get(frame.hiveId) ?? 0;
    if (Date.now() - previous < 6 * 60 * 60_000) continue;
    lastAlert.set(frame.hiveId, Date.now());
    await alert(frame.hiveId, frame);
  }
}
