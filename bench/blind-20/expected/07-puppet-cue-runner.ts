// expect: none
// Correct: async cue handlers are stored as data and deliberately passed by reference; the runner invokes each one when its cue fires.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export type CueAction = (signal: AbortSignal) => Promise<void>;

export interface Cue {
  id: string;
  atMs: number;
  label: string;
  actions: CueAction[];
}

declare const rig: {
  moveFly(line: string, heightCm: number, signal: AbortSignal): Promise<void>;
  setDimmer(channel: number, level: number): Promise<void>;
  playSound(file: string, signal: AbortSignal): Promise<void>;
};

async function dimHouse(): Promise<void> {
  await rig.setDimmer(1, 0);
}

async function raiseCurtain(signal: AbortSignal): Promise<void> {
  await rig.moveFly('main-curtain', 600, signal);
}

async function thunder(signal: AbortSignal): Promise<void> {
  await rig.playSound('thunder-03.wav', signal);
}

export const openingCues: Cue[] = [
  { id: 'Q1', atMs: 0, label: 'house to half, then out', actions: [dimHouse] },
  { id: 'Q2', atMs: 2_500, label: 'curtain out', actions: [raiseCurtain] },
  { id: 'Q3', atMs: 9_000, label: 'storm opens', actions: [thunder, (s) => rig.moveFly('cloud-drop', 250, s)] },
];

export class CueRunner extends EventEmitter {
  private controller: AbortController | null = null;

  async run(cues: Cue[]): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    const started = performance.now();

    for (const cue of [...cues].sort((a, b) => a.atMs - b.atMs)) {
      const wait = cue.atMs - (performance.now() - started);
      if (wait > 0) await sleep(wait, undefined, { signal });
      this.emit('cue', cue.id, cue.label);
      const results = await Promise.allSettled(cue.actions.map((action) => action(signal)));
      results.forEach((r, i) => {
        if (r.status === 'rejected') this.emit('cue-failed', cue.id, i, r.reason);
      });
    }
    this.emit('done');
  }

  stop(): void {
    this.controller?.abort(new Error('stopped by stage manager'));
    this.controller = null;
  }
}
