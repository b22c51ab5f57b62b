// expect: none
// `await this.linkReady` awaits a getter that returns a fresh promise, and handlers stored in the cue table are called later with their arguments.
import { EventEmitter } from 'node:events';

export interface Cue {
  id: string;
  rack: number;
  tube: number;
  atMs: number;
  kind: 'shell' | 'cake' | 'mine';
}

interface RadioLink extends EventEmitter {
  whenReady(): Promise<void>;
  send(frame: Uint8Array): Promise<void>;
}

declare const safetyOfficer: {
  confirmExclusionZone(bargeId: string): Promise<boolean>;
};

type CueHandler = (cue: Cue) => Promise<void>;

const FRAME_FIRE = 0x46;
const FRAME_ARM = 0x41;

export class BargeController {
  private armed = false;
  private readonly handlers: Record<Cue['kind'], CueHandler>;

  constructor(private readonly bargeId: string, private readonly link: RadioLink) {
    this.handlers = {
      shell: (cue) => this.fireTube(cue),
      cake: (cue) => this.fireTube(cue),
      mine: (cue) => this.fireMine(cue),
    };
  }

  get linkReady(): Promise<void> {
    return this.link.whenReady();
  }

  private frame(op: number, rack: number, tube: number): Uint8Array {
    return Uint8Array.of(op, rack & 0xff, tube & 0xff, (op + rack + tube) & 0xff);
  }

  private async fireTube(cue: Cue): Promise<void> {
    await this.link.send(this.frame(FRAME_FIRE, cue.rack, cue.tube));
  }

  private async fireMine(cue: Cue): Promise<void> {
    for (let offset = 0; offset < 3; offset++) {
      await this.link.send(this.frame(FRAME_FIRE, cue.rack, cue.tube + offset));
    }
  }

  async arm(): Promise<void> {
    await this.linkReady;
    const zoneClear = await safetyOfficer.confirmExclusionZone(this.bargeId);
    if (!zoneClear) {
      throw new Error(`barge ${this.bargeId}: exclusion zone not confirmed`);
    }
    await this.link.send(this.frame(FRAME_ARM, 0, 0));
    this.armed = true;
  }

  async runShow(cues: readonly Cue[], startedAt = Date.now()): Promise<number> {
    if (!this.armed) {
      throw new Error('controller must be armed before the show');
    }
    const ordered = [...cues].sort((a, b) => a.atMs - b.atMs);
    let fired = 0;
    for (const cue of ordered) {
      const wait = cue.atMs - (Date.now() - startedAt);
      if (wait > 0) {
        await new Promise<void>((resolve) => setTimeout(resolve, wait));
      }
      const handler = this.handlers[cue.kind];
      await handler(cue);
      fired++;
    }
    return fired;
  }

  disarm(): void {
    this.armed = false;
  }
}
