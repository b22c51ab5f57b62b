// expect: none
// The poll loop calls controller.readState() afresh on every iteration, so each attempt awaits a new request rather than a settled one.
import { setTimeout as sleep } from 'node:timers/promises';

export type PropState = 'idle' | 'armed' | 'solved' | 'fault';

export interface RoomSnapshot {
  roomId: string;
  props: Record<string, PropState>;
  elapsedSec: number;
}

declare const roomController: {
  readState(roomId: string): Promise<RoomSnapshot>;
  trigger(roomId: string, effect: 'unlock-door' | 'lights-red' | 'play-cue', target?: string): Promise<void>;
};

declare const gameMasterConsole: {
  notify(roomId: string, message: string): void;
};

export interface PuzzleStep {
  prop: string;
  onSolved: { effect: 'unlock-door' | 'lights-red' | 'play-cue'; target?: string };
  hintAfterSec: number;
  hint: string;
}

async function waitForProp(
  roomId: string,
  prop: string,
  until: (state: PropState) => boolean,
  intervalMs: number,
  maxPolls: number,
): Promise<RoomSnapshot> {
  for (let poll = 0; poll < maxPolls; poll++) {
    const snapshot = await roomController.readState(roomId);
    const state = snapshot.props[prop] ?? 'idle';
    if (state === 'fault') {
      throw new Error(`Prop ${prop} in room ${roomId} reported a fault`);
    }
    if (until(state)) return snapshot;
    await sleep(intervalMs);
  }
  throw new Error(`Prop ${prop} in room ${roomId} did not change state in time`);
}

export class PuzzleSequence {
  private hintsGiven = new Set<string>();

  constructor(
    private readonly roomId: string,
    private readonly steps: PuzzleStep[],
    private readonly pollMs = 500,
  ) {}

  async runStep(step: PuzzleStep): Promise<void> {
    await waitForProp(this.roomId, step.prop, (s) => s === 'armed' || s === 'solved', this.pollMs, 20);
    const snapshot = await waitForProp(this.roomId, step.prop, (s) => s === 'solved', this.pollMs, 7_200);
    if (snapshot.elapsedSec > step.hintAfterSec && !this.hintsGiven.has(step.prop)) {
      this.hintsGiven.add(step.prop);
      gameMasterConsole.notify(this.roomId, `Players needed a while on ${step.prop}: ${step.hint}`);
    }
    await roomController.trigger(this.roomId, step.onSolved.effect, step.onSolved.target);
  }

  async run(): Promise<number> {
    for (const step of this.steps) {
      await this.runStep(step);
    }
    const final = await roomController.readState(this.roomId);
    gameMasterConsole.notify(this.roomId, `Room complete in ${Math.round(final.elapsedSec / 60)} minutes`);
    return final.elapsedSec;
  }
}
