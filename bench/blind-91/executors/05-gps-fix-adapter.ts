// expect: none
// Every callback adapter returns on the reject path, the SDK callbacks are one-shot, and the repeating low-battery callback unsubscribes before resolving, so nothing settles twice or hangs.
export interface Fix {
  lat: number;
  lon: number;
  hdop: number;
  at: Date;
}

interface TrackerSdk {
  getFix(buggyId: string, cb: (err: Error | null, fix?: Fix) => void): void;
  setGeofence(buggyId: string, polygon: Array<[number, number]>, cb: (err: Error | null) => void): void;
  onLowBattery(buggyId: string, cb: (pct: number) => void): () => void;
}

declare const tracker: TrackerSdk;

const MAX_HDOP = 5;

export function getFix(buggyId: string): Promise<Fix> {
  return new Promise<Fix>((resolve, reject) => {
    tracker.getFix(buggyId, (err, fix) => {
      if (err) return reject(err);
      if (!fix) return reject(new Error(`tracker returned no fix for ${buggyId}`));
      if (fix.hdop > MAX_HDOP) {
        return reject(new Error(`fix for ${buggyId} too imprecise (hdop ${fix.hdop})`));
      }
      resolve(fix);
    });
  });
}

export function setGeofence(buggyId: string, polygon: Array<[number, number]>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tracker.setGeofence(buggyId, polygon, (err) => {
      if (err) {
        reject(new Error(`geofence rejected for ${buggyId}: ${err.message}`));
        return;
      }
      resolve();
    });
  });
}

export function waitForLowBattery(buggyId: string, thresholdPct: number, signal: AbortSignal): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);

    const onAbort = () => {
      unsubscribe();
      reject(signal.reason);
    };

    const unsubscribe = tracker.onLowBattery(buggyId, (pct) => {
      if (pct > thresholdPct) return;
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
      resolve(pct);
    });

    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export async function checkInBuggy(buggyId: string, route: Array<[number, number]>) {
  const fix = await getFix(buggyId);
  await setGeofence(buggyId, route);
  return {
    buggyId,
    startedAt: fix.at,
    start: [fix.lat, fix.lon] as const,
  };
}

export async function checkInFleet(buggyIds: string[], route: Array<[number, number]>) {
  const results = await Promise.allSettled(buggyIds.map((id) => checkInBuggy(id, route)));
  const ready: string[] = [];
  const grounded: Array<{ buggyId: string; reason: string }> = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') ready.push(r.value.buggyId);
    else grounded.push({ buggyId: buggyIds[i], reason: String((r.reason as Error)?.message ?? r.reason) });
  });
  return { ready, grounded };
}
