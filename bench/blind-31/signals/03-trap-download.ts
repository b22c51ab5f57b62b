// expect: no-swallowed-abort
// listNewCaptures catches the AbortError from an aborted fetch and returns an empty list, so a cancelled sync looks like "no new photos".
export interface CaptureMeta {
  captureId: string;
  trapId: string;
  takenAt: string;
  triggers: 'motion' | 'heat' | 'timelapse';
  thumbnailUrl: string;
  fullUrl: string;
}

declare const trapHub: {
  baseUrl: string;
  apiKey: string;
};
declare const captureStore: {
  lastSyncedAt(trapId: string): Promise<string | undefined>;
  save(meta: CaptureMeta, image: ArrayBuffer): Promise<void>;
  setLastSynced(trapId: string, at: string): Promise<void>;
};
declare const fieldLog: { info(msg: string, meta?: object): void };

function headers(): HeadersInit {
  return { 'x-api-key': trapHub.apiKey, accept: 'application/json' };
}

async function listNewCaptures(trapId: string, since: string | undefined, signal: AbortSignal): Promise<CaptureMeta[]> {
  const url = new URL(`/traps/${trapId}/captures`, trapHub.baseUrl);
  if (since) url.searchParams.set('since', since);
  try {
    const res = await fetch(url, { headers: headers(), signal });
    if (!res.ok) throw new Error(`trap hub returned ${res.status} listing ${trapId}`);
    const body = (await res.json()) as { captures: CaptureMeta[] };
    return body.captures;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      fieldLog.info('capture listing cancelled', { trapId });
      return [];
    }
    throw err;
  }
}

async function downloadImage(meta: CaptureMeta, signal: AbortSignal): Promise<ArrayBuffer> {
  const res = await fetch(meta.fullUrl, { headers: { 'x-api-key': trapHub.apiKey }, signal });
  if (!res.ok) throw new Error(`download of ${meta.captureId} failed with ${res.status}`);
  return res.arrayBuffer();
}

export async function syncTrap(trapId: string, signal: AbortSignal): Promise<{ downloaded: number; newest?: string }> {
  const since = await captureStore.lastSyncedAt(trapId);
  const captures = await listNewCaptures(trapId, since, signal);
  const interesting = captures.filter((c) => c.triggers !== 'timelapse');

  let newest = since;
  for (const meta of interesting) {
    const image = await downloadImage(meta, signal);
    await captureStore.save(meta, image);
    if (!newest || meta.takenAt > newest) newest = meta.takenAt;
  }
  if (newest && newest !== since) {
    await captureStore.setLastSynced(trapId, newest);
  }
  fieldLog.info('trap synced', { trapId, downloaded: interesting.length });
  return { downloaded: interesting.length, newest };
}

export async function syncAll(trapIds: string[], signal: AbortSignal): Promise<number> {
  let total = 0;
  for (const trapId of trapIds) {
    signal.throwIfAborted();
    const { downloaded } = await syncTrap(trapId, signal);
    total += downloaded;
  }
  return total;
}
