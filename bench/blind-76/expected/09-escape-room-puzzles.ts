// expect: none
// The poll loop calls fetchState() afresh on each iteration and the bound hint handler is passed where a listener function is expected.
import { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface PuzzleState {
  puzzleId: string;
  solved: boolean;
  attempts: number;
  propsTriggered: string[];
}

export interface HintRequest {
  roomId: string;
  puzzleId: string;
  teamName: string;
  at: number;
}

declare const propController: {
  fetchState(roomId: string, puzzleId: string): Promise<PuzzleState>;
  trigger(roomId: string, prop: string): Promise<void>;
};

declare const gameMasterScreen: {
  show(roomId: string, message: string): Promise<void>;
};

const HINTS: Record<string, string[]> = {
  'clock-tower': ['The hands point to a year, not a time.', 'Look at the painting of the harbour.'],
  'apothecary': ['Colours on the bottles match the recipe book.', 'Read the recipe backwards.'],
};

export class RoomSupervisor extends EventEmitter {
  private readonly hintsGiven = new Map<string, number>();

  constructor(private readonly roomId: string) {
    super();
    this.onHintRequested = this.onHintRequested.bind(this);
  }

  attach(hints: EventEmitter): void {
    hints.on('hint', this.onHintRequested);
  }

  detach(hints: EventEmitter): void {
    hints.off('hint', this.onHintRequested);
  }

  private onHintRequested(req: HintRequest): void {
    if (req.roomId !== this.roomId) return;
    const given = this.hintsGiven.get(req.puzzleId) ?? 0;
    const text = HINTS[req.puzzleId]?.[given] ?? 'No more hints for this puzzle, you are on your own!';
    this.hintsGiven.set(req.puzzleId, given + 1);
    this.emit('hint-text', { puzzleId: req.puzzleId, team: req.teamName, text });
  }

  async waitForSolve(puzzleId: string, timeoutMs = 60 * 60_000, pollMs = 1_500): Promise<PuzzleState> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const state = await propController.fetchState(this.roomId, puzzleId);
      if (state.solved) return state;
      await delay(pollMs);
    }
    throw new Error(`puzzle ${puzzleId} in room ${this.roomId} not solved within ${timeoutMs} ms`);
  }

  async runFinale(puzzleIds: string[]): Promise<void> {
    for (const id of puzzleIds) {
      const state = await this.waitForSolve(id);
      await gameMasterScreen.show(this.roomId, `${id} solved after ${state.attempts} attempts`);
    }
    await propController.trigger(this.roomId, 'exit-door-magnet');
    await gameMasterScreen.show(this.roomId, 'Exit door released. Congratulations!');
  }
}
