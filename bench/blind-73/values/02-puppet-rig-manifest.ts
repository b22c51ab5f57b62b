// expect: no-read-before-settle
// start() assigns this.manifest inside the fetchManifest().then callback but reads this.manifest?.cues on the next line, so the show always schedules zero cues.
import { EventEmitter } from 'node:events';

export type RigElement = 'batten' | 'trap' | 'bridge' | 'marionette-bar';

export interface RigCue {
  number: number;
  element: RigElement;
  target: string;
  heightMm: number;
  atMs: number;
}

export interface RigManifest {
  showId: string;
  venue: string;
  maxLoadKg: number;
  cues: RigCue[];
}

declare const manifestLoader: {
  fetchManifest(showId: string): Promise<RigManifest>;
};

declare const fly: {
  move(target: string, heightMm: number): void;
};

export class RigController extends EventEmitter {
  private manifest: RigManifest | null = null;
  private readonly timers: NodeJS.Timeout[] = [];
  private firedCues = 0;

  constructor(private readonly safetyCeilingMm = 9_000) {
    super();
  }

  get cueCount(): number {
    return this.manifest?.cues.length ?? 0;
  }

  start(showId: string): void {
    this.stop();
    manifestLoader.fetchManifest(showId).then(
      (manifest) => {
        this.manifest = manifest;
        this.emit('loaded', manifest.showId);
      },
      (err: unknown) => this.emit('load-failed', showId, err),
    );

    const cues = this.manifest?.cues ?? [];
    this.schedule(cues);
    this.emit('started', showId, cues.length);
  }

  private schedule(cues: RigCue[]): void {
    const ordered = [...cues].sort((a, b) => a.atMs - b.atMs);
    for (const cue of ordered) {
      const height = Math.min(cue.heightMm, this.safetyCeilingMm);
      const timer = setTimeout(() => {
        fly.move(cue.target, height);
        this.firedCues++;
        this.emit('cue', cue.number);
      }, cue.atMs);
      this.timers.push(timer);
    }
  }

  stop(): void {
    for (const t of this.timers.splice(0)) clearTimeout(t);
    this.firedCues = 0;
  }

  progress(): { fired: number; total: number } {
    return { fired: this.firedCues, total: this.cueCount };
  }
}
