// expect: none
// every contender in the eruption race tears itself down (listener removed, timer cleared) when the local controller is aborted in finally, so no loser outlives the race
export interface EruptionEvent {
  geyserId: string;
  heightM: number;
  startedAt: Date;
}

declare const seismicFeed: EventTarget;
declare const webcamApi: { baseUrl: string };
declare const rangerPager: {
  notify(message: string): Promise<void>;
};

interface WindowResult {
  kind: "eruption" | "timeout" | "snapshot-failed";
  event?: EruptionEvent;
  snapshotUrl?: string;
}

function nextEruption(geyserId: string, signal: AbortSignal): Promise<EruptionEvent> {
  return new Promise<EruptionEvent>((resolve, reject) => {
    const onEruption = (e: Event) => {
      const detail = (e as CustomEvent<EruptionEvent>).detail;
      if (detail.geyserId !== geyserId) return;
      cleanup();
      resolve(detail);
    };
    const onAbort = () => {
      cleanup();
      reject(signal.reason);
    };
    const cleanup = () => {
      seismicFeed.removeEventListener("eruption", onEruption);
      signal.removeEventListener("abort", onAbort);
    };
    seismicFeed.addEventListener("eruption", onEruption);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function windowElapsed(ms: number, signal: AbortSignal): Promise<"timeout"> {
  return new Promise<"timeout">((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve("timeout");
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

async function fetchSnapshot(geyserId: string, signal: AbortSignal): Promise<string> {
  const res = await fetch(`${webcamApi.baseUrl}/cams/${geyserId}/snapshot`, { method: "POST", signal });
  if (!res.ok) throw new Error(`webcam ${geyserId}: ${res.status}`);
  return ((await res.json()) as { url: string }).url;
}

export async function watchPredictionWindow(
  geyserId: string,
  windowMs: number,
  outer?: AbortSignal,
): Promise<WindowResult> {
  outer?.throwIfAborted();
  const local = new AbortController();
  const signal = outer ? AbortSignal.any([outer, local.signal]) : local.signal;

  try {
    const first = await Promise.race([nextEruption(geyserId, signal), windowElapsed(windowMs, signal)]);
    if (first === "timeout") return { kind: "timeout" };
    try {
      const snapshotUrl = await fetchSnapshot(geyserId, signal);
      await rangerPager.notify(`${geyserId} erupted to ${first.heightM}m — ${snapshotUrl}`);
      return { kind: "eruption", event: first, snapshotUrl };
    } catch (err) {
      if (signal.aborted) throw err;
      return { kind: "snapshot-failed", event: first };
    }
  } finally {
    local.abort();
  }
}
