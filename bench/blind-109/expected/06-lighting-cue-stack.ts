// expect: none
// The cue stack yields the awaited result of calling fire(), and the key bindings map deliberately holds arrow functions that call go()/back()/release() when a key is pressed, so every async method is actually invoked where its result is needed.
import { EventEmitter } from 'node:events';

export interface Cue {
  number: string;
  label: string;
  fadeMs: number;
  follow?: number;
}

export interface CueOutput {
  fade(cue: Cue): Promise<void>;
  releaseAll(fadeMs: number): Promise<void>;
}

export interface FiredCue {
  number: string;
  label: string;
  at: number;
}

export type KeyBindings = Record<'space' | 'backspace' | 'escape', () => Promise<unknown>>;

export class CueStack extends EventEmitter {
  private index = -1;

  constructor(private readonly cues: Cue[], private readonly output: CueOutput) {
    super();
  }

  private async fire(i: number): Promise<FiredCue> {
    const cue = this.cues[i];
    await this.output.fade(cue);
    this.index = i;
    const fired = { number: cue.number, label: cue.label, at: Date.now() };
    this.emit('fired', fired);
    return fired;
  }

  async go(): Promise<FiredCue | null> {
    if (this.index + 1 >= this.cues.length) return null;
    return this.fire(this.index + 1);
  }

  async back(): Promise<FiredCue | null> {
    if (this.index <= 0) return null;
    return this.fire(this.index - 1);
  }

  async release(): Promise<void> {
    await this.output.releaseAll(3_000);
    this.index = -1;
  }

  async *runFollowChain(from: number): AsyncGenerator<FiredCue> {
    let i = from;
    while (i < this.cues.length) {
      yield await this.fire(i);
      const follow = this.cues[i].follow;
      if (follow === undefined) return;
      await new Promise<void>((resolve) => setTimeout(resolve, follow));
      i += 1;
    }
  }

  keyBindings(): KeyBindings {
    return {
      space: () => this.go(),
      backspace: () => this.back(),
      escape: () => this.release(),
    };
  }
}
