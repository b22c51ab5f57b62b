// expect: require-signal-propagation
// runTarget holds the sequence's AbortSignal but waits out the mount settle time with a timers/promises sleep that is not given the signal, so aborting the night's run still blocks for the full settle delay before the cancellation is noticed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SkyTarget {
  name: string;
  raHours: number;
  decDeg: number;
  exposures: number;
  exposureSec: number;
}

interface Mount {
  slew(ra: number, dec: number, opts: { signal?: AbortSignal }): Promise<void>;
}

interface Camera {
  expose(seconds: number, opts: { signal?: AbortSignal }): Promise<Uint16Array>;
}

interface FrameStore {
  save(target: string, index: number, frame: Uint16Array, opts: { signal?: AbortSignal }): Promise<string>;
}

export interface SequencerOptions {
  settleMs: number;
  signal: AbortSignal;
}

export class ExposureSequencer {
  constructor(
    private readonly mount: Mount,
    private readonly camera: Camera,
    private readonly store: FrameStore,
  ) {}

  async runTarget(target: SkyTarget, opts: SequencerOptions): Promise<string[]> {
    const { signal, settleMs } = opts;
    signal.throwIfAborted();

    await this.mount.slew(target.raHours, target.decDeg, { signal });
    await sleep(settleMs);

    const paths: string[] = [];
    for (let i = 0; i < target.exposures; i++) {
      signal.throwIfAborted();
      const frame = await this.camera.expose(target.exposureSec, { signal });
      paths.push(await this.store.save(target.name, i, frame, { signal }));
    }
    return paths;
  }

  async runNight(targets: SkyTarget[], opts: SequencerOptions): Promise<Map<string, string[]>> {
    const done = new Map<string, string[]>();
    for (const target of targets) {
      done.set(target.name, await this.runTarget(target, opts));
    }
    return done;
  }
}

export function nightController(dawnAt: Date): AbortController {
  const controller = new AbortController();
  const ms = Math.max(0, dawnAt.getTime() - Date.now());
  const timer = setTimeout(() => controller.abort(new Error('astronomical dawn')), ms);
  timer.unref();
  return controller;
}
