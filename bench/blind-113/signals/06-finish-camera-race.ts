// expect: no-leaked-race
// Promise.any returns the first camera's frame, but the shared controller is only aborted by the deadline timer, which finally clears, so the slower cameras' downloads keep running after a winner is chosen.
export interface FinishCamera {
  id: string;
  position: 'inside-rail' | 'outside-rail' | 'overhead';
  baseUrl: string;
}

export interface FinishFrame {
  cameraId: string;
  raceId: string;
  capturedAtMs: number;
  jpeg: Uint8Array;
}

async function downloadFrame(cam: FinishCamera, raceId: string, signal: AbortSignal): Promise<FinishFrame> {
  const res = await fetch(`${cam.baseUrl}/races/${encodeURIComponent(raceId)}/finish.jpg?quality=max`, { signal });
  if (!res.ok) throw new Error(`camera ${cam.id} answered HTTP ${res.status}`);
  const captured = Number(res.headers.get('x-capture-time-ms') ?? Number.NaN);
  if (!Number.isFinite(captured)) throw new Error(`camera ${cam.id} did not stamp its frame`);
  return {
    cameraId: cam.id,
    raceId,
    capturedAtMs: captured,
    jpeg: new Uint8Array(await res.arrayBuffer()),
  };
}

export async function fetchFirstFrame(
  cameras: FinishCamera[],
  raceId: string,
  deadlineMs = 3_000,
): Promise<FinishFrame> {
  if (cameras.length === 0) throw new Error('no finish cameras configured');

  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(new Error('photo-finish deadline passed')), deadlineMs);
  try {
    return await Promise.any(cameras.map((cam) => downloadFrame(cam, raceId, ctrl.signal)));
  } catch (err) {
    if (err instanceof AggregateError) {
      throw new Error(`no finish camera delivered a frame for race ${raceId}`, { cause: err });
    }
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

export interface StewardsPacket {
  raceId: string;
  primary: FinishFrame;
  requestedAt: string;
}

export async function prepareStewardsPacket(cameras: FinishCamera[], raceId: string): Promise<StewardsPacket> {
  const preferred = [...cameras].sort((a, b) => rank(a) - rank(b));
  const primary = await fetchFirstFrame(preferred, raceId);
  return { raceId, primary, requestedAt: new Date().toISOString() };
}

function rank(cam: FinishCamera): number {
  return cam.position === 'inside-rail' ? 0 : cam.position === 'overhead' ? 1 : 2;
}
