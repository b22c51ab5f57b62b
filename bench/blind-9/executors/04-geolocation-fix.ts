// expect: none
// Settles exactly once through finish(): an accurate-enough fix resolves, the deadline resolves with the best fix so far or rejects, a geolocation error or abort rejects, and finish() always clears the watch, the deadline timer and the abort listener.
export interface FixOptions {
  targetAccuracyM: number;
  maxWaitMs: number;
  signal?: AbortSignal;
}

type Outcome = { position: GeolocationPosition } | { error: unknown };

export function getAccurateFix(opts: FixOptions): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('geolocation is not available in this browser'));
      return;
    }
    const { signal } = opts;
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }

    let best: GeolocationPosition | null = null;
    let done = false;
    let watchId: number | undefined;

    const finish = (outcome: Outcome) => {
      if (done) return;
      done = true;
      if (watchId !== undefined) navigator.geolocation.clearWatch(watchId);
      clearTimeout(deadline);
      signal?.removeEventListener('abort', onAbort);
      if ('position' in outcome) resolve(outcome.position);
      else reject(outcome.error);
    };

    const onAbort = () => finish({ error: signal?.reason });
    signal?.addEventListener('abort', onAbort, { once: true });

    const deadline = setTimeout(() => {
      if (best) finish({ position: best });
      else finish({ error: new Error(`no position fix within ${opts.maxWaitMs}ms`) });
    }, opts.maxWaitMs);

    watchId = navigator.geolocation.watchPosition(
      (pos) => {
        if (!best || pos.coords.accuracy < best.coords.accuracy) best = pos;
        if (pos.coords.accuracy <= opts.targetAccuracyM) finish({ position: pos });
      },
      (err) => {
        const reason = err.code === err.PERMISSION_DENIED ? 'permission denied' : err.message;
        finish({ error: new Error(`geolocation failed: ${reason}`) });
      },
      { enableHighAccuracy: true, maximumAge: 0 },
    );
    if (done) navigator.geolocation.clearWatch(watchId);
  });
}

export async function checkInAtVenue(venueId: string, signal: AbortSignal): Promise<Response> {
  const pos = await getAccurateFix({ targetAccuracyM: 30, maxWaitMs: 10_000, signal });
  return fetch(`/api/venues/${encodeURIComponent(venueId)}/check-ins`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ lat: pos.coords.latitude, lng: pos.coords.longitude, accuracy: pos.coords.accuracy }),
    signal,
  });
}
