// expect: none
// The clock remainder and arbiter signature are awaited before being placed in the submission object, so the JSON body holds plain values.
export interface GameResult {
  round: number;
  board: number;
  white: string;
  black: string;
  result: '1-0' | '0-1' | '1/2-1/2';
  termination: 'checkmate' | 'resignation' | 'flag' | 'agreement' | 'stalemate';
}

export interface ClockReader {
  remaining(board: number): Promise<{ whiteMs: number; blackMs: number }>;
}

export interface ArbiterKeys {
  sign(payload: string): Promise<string>;
}

export interface SubmissionReceipt {
  accepted: boolean;
  pairingsVersion: number;
}

export class ResultSubmitter {
  constructor(
    private readonly federationUrl: string,
    private readonly clocks: ClockReader,
    private readonly keys: ArbiterKeys,
    private readonly arbiterId: string,
  ) {}

  async submit(game: GameResult): Promise<SubmissionReceipt> {
    const clock = await this.clocks.remaining(game.board);
    const record = {
      ...game,
      arbiterId: this.arbiterId,
      clock: {
        white: formatClock(clock.whiteMs),
        black: formatClock(clock.blackMs),
      },
      submittedAt: new Date().toISOString(),
    };
    const payload = JSON.stringify(record);
    const signature = await this.keys.sign(payload);

    const res = await fetch(`${this.federationUrl}/results`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-arbiter-signature': signature },
      body: payload,
    });
    if (!res.ok) {
      throw new Error(`federation rejected board ${game.board} round ${game.round}: ${res.status}`);
    }
    return (await res.json()) as SubmissionReceipt;
  }
}

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
