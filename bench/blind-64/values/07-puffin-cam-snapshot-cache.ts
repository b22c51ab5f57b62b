// expect: none
// `inflight` is intentionally tested for presence (request de-duplication), not used as the snapshot; every snapshot value is awaited before use.
export interface Snapshot {
  camId: string;
  takenAt: number;
  jpeg: Uint8Array;
  puffinsDetected: number;
}

declare const camGateway: {
  capture(camId: string): Promise<Snapshot>;
};

declare const detector: {
  countPuffins(jpeg: Uint8Array): Promise<number>;
};

const MAX_AGE_MS = 15_000;

export class SnapshotCache {
  private latest?: Snapshot;
  private inflight?: Promise<Snapshot>;
  private hits = 0;
  private misses = 0;

  constructor(private readonly camId: string) {}

  private async captureAndCount(): Promise<Snapshot> {
    const raw = await camGateway.capture(this.camId);
    const puffinsDetected = await detector.countPuffins(raw.jpeg);
    const snap = { ...raw, puffinsDetected };
    this.latest = snap;
    return snap;
  }

  get(now = Date.now()): Promise<Snapshot> {
    if (this.latest && now - this.latest.takenAt < MAX_AGE_MS) {
      this.hits++;
      return Promise.resolve(this.latest);
    }
    if (this.inflight) {
      this.hits++;
      return this.inflight;
    }
    this.misses++;
    const request = this.captureAndCount().finally(() => {
      if (this.inflight === request) this.inflight = undefined;
    });
    this.inflight = request;
    return request;
  }

  stats(): { hits: number; misses: number; busy: boolean } {
    return { hits: this.hits, misses: this.misses, busy: this.inflight !== undefined };
  }
}

export async function colonyHeadcount(caches: SnapshotCache[]): Promise<{ total: number; perCam: number[] }> {
  const snaps = await Promise.all(caches.map((c) => c.get()));
  const perCam = snaps.map((s) => s.puffinsDetected);
  return { total: perCam.reduce((a, b) => a + b, 0), perCam };
}

export async function captionFor(cache: SnapshotCache): Promise<string> {
  const snap = await cache.get();
  const when = new Date(snap.takenAt).toISOString().slice(11, 19);
  const count = snap.puffinsDetected;
  return count === 0
    ? `${snap.camId} at ${when}: burrows quiet`
    : `${snap.camId} at ${when}: ${count} puffin${count === 1 ? '' : 's'} on camera`;
}
