// expect: none
// Rejected uploads from Promise.allSettled are collected with their reasons, logged and returned, and a total failure is thrown, so no camera failure is silently lost.
export type CameraPosition = 'inside-rail' | 'outside-rail' | 'overhead' | 'head-on';

export interface FinishFrame {
  raceId: string;
  camera: CameraPosition;
  timestampMs: number; // time from the start gate, 1/10000 s resolution
  jpeg: Uint8Array;
}

export interface ObjectStore {
  put(key: string, body: Uint8Array, contentType: string): Promise<{ url: string }>;
}

export interface ArchiveFailure {
  camera: CameraPosition;
  reason: string;
}

export interface ArchiveResult {
  raceId: string;
  urls: Partial<Record<CameraPosition, string>>;
  failures: ArchiveFailure[];
}

export class FinishArchive {
  constructor(
    private readonly store: ObjectStore,
    private readonly log: (line: string) => void = console.log,
  ) {}

  private keyFor(frame: FinishFrame): string {
    const t = frame.timestampMs.toFixed(1).padStart(9, '0');
    return `photo-finish/${frame.raceId}/${frame.camera}-${t}.jpg`;
  }

  async archive(raceId: string, frames: FinishFrame[]): Promise<ArchiveResult> {
    const results = await Promise.allSettled(
      frames.map((frame) => this.store.put(this.keyFor(frame), frame.jpeg, 'image/jpeg')),
    );

    const urls: ArchiveResult['urls'] = {};
    const failures: ArchiveFailure[] = [];

    results.forEach((result, i) => {
      const camera = frames[i].camera;
      if (result.status === 'fulfilled') {
        urls[camera] = result.value.url;
      } else {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        failures.push({ camera, reason });
      }
    });

    for (const f of failures) {
      this.log(`race ${raceId}: ${f.camera} frame was not archived (${f.reason})`);
    }

    if (frames.length > 0 && failures.length === frames.length) {
      throw new AggregateError(
        results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : [])),
        `no photo-finish frame for race ${raceId} could be archived`,
      );
    }

    return { raceId, urls, failures };
  }
}

export function stewardsSummary(result: ArchiveResult): string {
  const stored = Object.keys(result.urls).length;
  const missing = result.failures.map((f) => f.camera).join(', ') || 'none';
  return `Race ${result.raceId}: ${stored} angle(s) archived, missing: ${missing}`;
}
