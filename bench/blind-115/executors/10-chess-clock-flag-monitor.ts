// expect: none
// Every settling branch goes through finish(), which clears the interval and sets a flag so in-flight reads after settlement are ignored.
export interface ClockState {
  whiteMs: number;
  blackMs: number;
  running: 'white' | 'black' | null;
  result: '1-0' | '0-1' | '1/2-1/2' | null;
}

export interface ClockDevice {
  readState(board: number, callback: (err: Error | null, state: ClockState) => void): void;
}

export type BoardOutcome =
  | { kind: 'flag'; board: number; flagged: 'white' | 'black' }
  | { kind: 'result'; board: number; result: '1-0' | '0-1' | '1/2-1/2' };

export interface MonitorOptions {
  pollMs?: number;
  maxGameMs?: number;
}

export function watchBoard(
  clock: ClockDevice,
  board: number,
  { pollMs = 500, maxGameMs = 6 * 60 * 60_000 }: MonitorOptions = {},
): Promise<BoardOutcome> {
  const started = Date.now();

  return new Promise<BoardOutcome>((resolve, reject) => {
    let done = false;
    const poll = setInterval(() => {
      clock.readState(board, (err, state) => {
        if (done) return;
        if (err) {
          finish();
          reject(new Error(`clock on board ${board} unreachable: ${err.message}`));
          return;
        }
        if (state.result) {
          finish();
          resolve({ kind: 'result', board, result: state.result });
          return;
        }
        if (state.whiteMs <= 0 || state.blackMs <= 0) {
          finish();
          resolve({ kind: 'flag', board, flagged: state.whiteMs <= 0 ? 'white' : 'black' });
          return;
        }
        if (Date.now() - started > maxGameMs) {
          finish();
          reject(new Error(`board ${board} exceeded the session limit without a result`));
        }
      });
    }, pollMs);

    function finish(): void {
      done = true;
      clearInterval(poll);
    }
  });
}

export function scoreFor(outcome: BoardOutcome): [number, number] {
  if (outcome.kind === 'flag') {
    return outcome.flagged === 'white' ? [0, 1] : [1, 0];
  }
  switch (outcome.result) {
    case '1-0':
      return [1, 0];
    case '0-1':
      return [0, 1];
    default:
      return [0.5, 0.5];
  }
}
