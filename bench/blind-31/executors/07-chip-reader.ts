// expect: no-multiple-settle
// The async executor awaits the antenna profile before wiring listeners; if that load rejects, the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface ChipRead {
  chipId: string;
  matId: string;
  rssi: number;
  gunTimeMs: number;
}

interface AntennaProfile {
  matId: string;
  powerDbm: number;
  session: 0 | 1 | 2 | 3;
  dwellMs: number;
}

interface MatReader extends EventEmitter {
  configure(profile: AntennaProfile): void;
  start(): void;
  stop(): void;
}

declare function loadAntennaProfile(matId: string): Promise<AntennaProfile>;
declare function connectMat(matId: string): MatReader;
declare const raceClock: { gunTimeMs(): number };

export class TimingMat {
  private reader: MatReader | undefined;
  private readonly seen = new Map<string, ChipRead>();

  constructor(readonly matId: string, private readonly minRssi = -70) {}

  arm(): Promise<void> {
    return new Promise<void>(async (resolve, reject) => {
      const reader = connectMat(this.matId);
      const profile = await loadAntennaProfile(this.matId);
      reader.configure(profile);

      const onReady = () => {
        reader.off('error', onError);
        this.reader = reader;
        reader.on('tag', (tag: { epc: string; rssi: number }) => this.onTag(tag));
        resolve();
      };
      const onError = (err: Error) => {
        reader.off('ready', onReady);
        reject(err);
      };
      reader.once('ready', onReady);
      reader.once('error', onError);
      reader.start();
    });
  }

  private onTag(tag: { epc: string; rssi: number }): void {
    if (tag.rssi < this.minRssi) return;
    const chipId = tag.epc.slice(-8).toUpperCase();
    const existing = this.seen.get(chipId);
    if (existing && existing.rssi >= tag.rssi) return;
    this.seen.set(chipId, {
      chipId,
      matId: this.matId,
      rssi: tag.rssi,
      gunTimeMs: existing?.gunTimeMs ?? raceClock.gunTimeMs(),
    });
  }

  splits(): ChipRead[] {
    return [...this.seen.values()].sort((a, b) => a.gunTimeMs - b.gunTimeMs);
  }

  disarm(): ChipRead[] {
    this.reader?.stop();
    this.reader?.removeAllListeners('tag');
    this.reader = undefined;
    const result = this.splits();
    this.seen.clear();
    return result;
  }
}

export async function armCourse(matIds: string[]): Promise<Map<string, TimingMat>> {
  const mats = new Map<string, TimingMat>();
  for (const id of matIds) {
    const mat = new TimingMat(id);
    await mat.arm();
    mats.set(id, mat);
  }
  return mats;
}
