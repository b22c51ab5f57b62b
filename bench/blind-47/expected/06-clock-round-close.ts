// expect: no-uncalled-async-function
// endRound awaits the method this.flushPendingMoves without calling it, so buffered moves are not written before results are collected.
export interface ClockEvent {
  board: number;
  side: 'white' | 'black';
  remainingMs: number;
  moveNo: number;
  at: number;
}

export interface BoardResult {
  board: number;
  result: '1-0' | '0-1' | '1/2-1/2' | '*';
  flagged: 'white' | 'black' | null;
}

declare const pairingServer: {
  recordMoves(round: number, events: ClockEvent[]): Promise<void>;
  submitResults(round: number, results: BoardResult[]): Promise<void>;
};

declare const arbiterConsole: {
  alert(board: number, message: string): void;
};

export class TournamentClockHub {
  private buffer: ClockEvent[] = [];
  private readonly latest = new Map<number, { white?: ClockEvent; black?: ClockEvent }>();
  private readonly declared = new Map<number, BoardResult['result']>();
  private accepting = true;

  constructor(private readonly round: number, private readonly boards: number) {}

  onClockEvent(event: ClockEvent): void {
    if (!this.accepting) {
      arbiterConsole.alert(event.board, 'clock event after round close ignored');
      return;
    }
    this.buffer.push(event);
    const entry = this.latest.get(event.board) ?? {};
    entry[event.side] = event;
    this.latest.set(event.board, entry);
    if (event.remainingMs <= 0) {
      arbiterConsole.alert(event.board, `${event.side} flag fell on move ${event.moveNo}`);
    }
  }

  declareResult(board: number, result: BoardResult['result']): void {
    this.declared.set(board, result);
  }

  async flushPendingMoves(): Promise<void> {
    if (this.buffer.length === 0) {
      return;
    }
    const batch = this.buffer;
    this.buffer = [];
    try {
      await pairingServer.recordMoves(this.round, batch);
    } catch (err) {
      this.buffer = batch.concat(this.buffer);
      throw err;
    }
  }

  private collectResults(): BoardResult[] {
    const results: BoardResult[] = [];
    for (let board = 1; board <= this.boards; board++) {
      const clocks = this.latest.get(board);
      const flagged =
        clocks?.white && clocks.white.remainingMs <= 0
          ? 'white'
          : clocks?.black && clocks.black.remainingMs <= 0
            ? 'black'
            : null;
      const declared = this.declared.get(board);
      const result = declared ?? (flagged === 'white' ? '0-1' : flagged === 'black' ? '1-0' : '*');
      results.push({ board, result, flagged });
    }
    return results;
  }

  async endRound(): Promise<BoardResult[]> {
    this.accepting = false;
    await this.flushPendingMoves;
    const results = this.collectResults();
    const unfinished = results.filter((r) => r.result === '*');
    for (const r of unfinished) {
      arbiterConsole.alert(r.board, 'no result recorded at round close');
    }
    await pairingServer.submitResults(this.round, results);
    return results;
  }
}
