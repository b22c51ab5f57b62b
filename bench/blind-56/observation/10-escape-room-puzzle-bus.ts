// expect: none
// Emitter and interval callbacks stay synchronous and hand their async work a .catch that routes failures to the room's 'error' event, so nothing floats.
import { EventEmitter } from 'node:events';

export interface PuzzleSolved {
  roomId: string;
  puzzleId: string;
  solvedAt: number;
  hintsUsed: number;
}

declare const propController: {
  unlock(roomId: string, propId: string): Promise<void>;
  playCue(roomId: string, cue: string): Promise<void>;
};

declare const scoreboardApi: {
  post(roomId: string, elapsedSeconds: number, solved: number): Promise<void>;
};

declare const puzzleGraph: {
  unlocksFor(puzzleId: string): string[];
  total(roomId: string): number;
};

export class RoomRuntime extends EventEmitter {
  private readonly solved = new Set<string>();
  private ticker?: ReturnType<typeof setInterval>;
  private startedAt = 0;

  constructor(readonly roomId: string) {
    super();
    this.on('solved', (event: PuzzleSolved) => {
      this.handleSolved(event).catch((err: unknown) => this.emit('error', err));
    });
  }

  start(): void {
    this.startedAt = Date.now();
    this.ticker = setInterval(() => {
      scoreboardApi
        .post(this.roomId, Math.round((Date.now() - this.startedAt) / 1000), this.solved.size)
        .catch((err: unknown) => this.emit('error', err));
    }, 10_000);
  }

  stop(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private async handleSolved(event: PuzzleSolved): Promise<void> {
    if (event.roomId !== this.roomId || this.solved.has(event.puzzleId)) return;
    this.solved.add(event.puzzleId);

    for (const propId of puzzleGraph.unlocksFor(event.puzzleId)) {
      await propController.unlock(this.roomId, propId);
    }

    const remaining = puzzleGraph.total(this.roomId) - this.solved.size;
    const cue = remaining === 0 ? 'victory-fanfare' : event.hintsUsed === 0 ? 'clean-solve' : 'progress-chime';
    await propController.playCue(this.roomId, cue);

    if (remaining === 0) {
      this.stop();
      this.emit('finished', { roomId: this.roomId, seconds: Math.round((event.solvedAt - this.startedAt) / 1000) });
    }
  }
}

export function openRoom(roomId: string, onFault: (err: unknown) => void): RoomRuntime {
  const room = new RoomRuntime(roomId);
  room.on('error', onFault);
  room.start();
  return room;
}
