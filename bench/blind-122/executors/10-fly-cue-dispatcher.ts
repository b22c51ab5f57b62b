// expect: no-multiple-settle
// When the controller reports a cue as 'halted' the pending entry is deleted but its deferred is neither resolved nor rejected, so go() never settles for that cue.
import { EventEmitter } from 'node:events';

export interface FlyCue {
  cueNumber: string;
  lineset: number;
  targetTrimMm: number;
  speedMmPerSec: number;
}

export type ControllerMessage =
  | { type: 'progress'; cueNumber: string; positionMm: number }
  | { type: 'complete'; cueNumber: string; positionMm: number; elapsedMs: number }
  | { type: 'halted'; cueNumber: string; positionMm: number; reason: string };

export interface FlyController {
  send(cue: FlyCue): void;
  onMessage(handler: (msg: ControllerMessage) => void): void;
}

export interface CueOutcome {
  cueNumber: string;
  positionMm: number;
  elapsedMs: number;
}

interface PendingCue {
  cue: FlyCue;
  resolve: (outcome: CueOutcome) => void;
  reject: (err: Error) => void;
}

export class FlyCueDispatcher extends EventEmitter {
  private readonly pending = new Map<string, PendingCue>();

  constructor(private readonly controller: FlyController) {
    super();
    controller.onMessage((msg) => this.handle(msg));
  }

  go(cue: FlyCue): Promise<CueOutcome> {
    if (this.pending.has(cue.cueNumber)) {
      return Promise.reject(new Error(`cue ${cue.cueNumber} is already running`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<CueOutcome>();
    this.pending.set(cue.cueNumber, { cue, resolve, reject });
    this.controller.send(cue);
    this.emit('go', cue);
    return promise;
  }

  private handle(msg: ControllerMessage): void {
    const entry = this.pending.get(msg.cueNumber);
    if (!entry) return;

    switch (msg.type) {
      case 'progress':
        this.emit('progress', msg.cueNumber, msg.positionMm);
        break;
      case 'complete':
        this.pending.delete(msg.cueNumber);
        entry.resolve({
          cueNumber: msg.cueNumber,
          positionMm: msg.positionMm,
          elapsedMs: msg.elapsedMs,
        });
        this.emit('complete', msg.cueNumber);
        break;
      case 'halted':
        this.pending.delete(msg.cueNumber);
        this.emit('halted', {
          cueNumber: msg.cueNumber,
          lineset: entry.cue.lineset,
          positionMm: msg.positionMm,
          reason: msg.reason,
        });
        break;
    }
  }

  get running(): string[] {
    return [...this.pending.keys()];
  }
}
