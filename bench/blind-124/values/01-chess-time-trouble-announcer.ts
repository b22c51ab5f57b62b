// expect: none
// Both clock readings and the move number are awaited via Promise.all before being compared, interpolated into the announcement and nested in the arbiter payload, so only plain numbers are used.
export type Side = 'white' | 'black';

export interface ClockDevice {
  readonly board: number;
  remainingMs(side: Side): Promise<number>;
  moveNumber(): Promise<number>;
}

export interface ArbiterChannel {
  post(board: number, message: string, meta: Record<string, unknown>): Promise<void>;
}

export function formatClock(ms: number): string {
  const totalSec = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(totalSec / 60);
  const s = totalSec % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

export class TimeTroubleAnnouncer {
  private readonly announced = new Set<string>();

  constructor(
    private readonly channel: ArbiterChannel,
    private readonly thresholdMs = 120_000,
    private readonly timeControlMove = 40,
  ) {}

  async check(device: ClockDevice): Promise<boolean> {
    const [white, black, move] = await Promise.all([
      device.remainingMs('white'),
      device.remainingMs('black'),
      device.moveNumber(),
    ]);
    const side: Side = white <= black ? 'white' : 'black';
    const low = side === 'white' ? white : black;
    if (low > this.thresholdMs || move > this.timeControlMove) return false;

    const key = `${device.board}:${side}:${this.timeControlMove}`;
    if (this.announced.has(key)) return false;
    this.announced.add(key);

    const movesLeft = this.timeControlMove - move + 1;
    await this.channel.post(
      device.board,
      `Board ${device.board}: ${side} has ${formatClock(low)} for ${movesLeft} moves to the time control`,
      { white, black, move, side },
    );
    return true;
  }

  async checkAll(devices: ClockDevice[]): Promise<number[]> {
    const flagged: number[] = [];
    for (const device of devices) {
      if (await this.check(device)) flagged.push(device.board);
    }
    return flagged;
  }

  reset(): void {
    this.announced.clear();
  }
}
