// expect: no-unobserved-promise
// Both frame downloads are started up front but awaited one after the other, so if the second fetch rejects while the first is still pending its rejection has no handler yet.
export interface FrameMeta {
  cameraId: string;
  capturedAt: string;
  width: number;
  height: number;
}

export interface Frame {
  meta: FrameMeta;
  pixels: Uint8Array;
}

export interface NestChange {
  cameraId: string;
  changedRatio: number;
  likelyHatch: boolean;
}

export class ColonyCameraClient {
  constructor(private readonly baseUrl: string, private readonly token: string) {}

  async fetchFrame(cameraId: string, at: 'latest' | 'previous'): Promise<Frame> {
    const res = await fetch(`${this.baseUrl}/cameras/${encodeURIComponent(cameraId)}/frames/${at}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (!res.ok) {
      throw new Error(`camera ${cameraId} frame ${at}: HTTP ${res.status}`);
    }
    const meta = JSON.parse(res.headers.get('x-frame-meta') ?? '{}') as FrameMeta;
    const pixels = new Uint8Array(await res.arrayBuffer());
    return { meta, pixels };
  }
}

function diffRatio(a: Uint8Array, b: Uint8Array): number {
  const len = Math.min(a.length, b.length);
  if (len === 0) return 0;
  let changed = 0;
  for (let i = 0; i < len; i++) {
    if (Math.abs(a[i]! - b[i]!) > 24) changed++;
  }
  return changed / len;
}

export class NestWatcher {
  constructor(private readonly client: ColonyCameraClient, private readonly hatchThreshold = 0.12) {}

  async compare(cameraId: string): Promise<NestChange> {
    const latestP = this.client.fetchFrame(cameraId, 'latest');
    const previousP = this.client.fetchFrame(cameraId, 'previous');

    const latest = await latestP;
    if (latest.meta.width === 0) {
      throw new Error(`camera ${cameraId} returned an empty frame`);
    }
    const previous = await previousP;

    const changedRatio = diffRatio(latest.pixels, previous.pixels);
    return {
      cameraId,
      changedRatio,
      likelyHatch: changedRatio > this.hatchThreshold,
    };
  }

  async sweep(cameraIds: readonly string[]): Promise<NestChange[]> {
    const changes: NestChange[] = [];
    for (const id of cameraIds) {
      changes.push(await this.compare(id));
    }
    return changes.filter((c) => c.likelyHatch);
  }
}
