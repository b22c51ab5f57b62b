// expect: no-promise-as-value
// publishFinish awaits the finish time but puts the un-awaited readSplit() promise into the payload, so JSON.stringify sends {} for the 500 m split.
export interface RaceClock {
  readFinish(lane: number): Promise<number>;
  readSplit(lane: number, markerMetres: number): Promise<number>;
}

export function formatTime(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const seconds = ((ms % 60_000) / 1000).toFixed(2).padStart(5, '0');
  return `${minutes}:${seconds}`;
}

export class TimingBoardPublisher {
  private readonly published = new Set<number>();

  constructor(
    private readonly clock: RaceClock,
    private readonly boardUrl: string,
    private readonly heat: number,
  ) {}

  async publishFinish(lane: number, crew: string): Promise<void> {
    if (this.published.has(lane)) throw new Error(`lane ${lane} already on the board for heat ${this.heat}`);
    const finishMs = await this.clock.readFinish(lane);

    const row = {
      lane,
      crew,
      finish: formatTime(finishMs),
      split500: this.clock.readSplit(lane, 500),
    };

    const res = await fetch(`${this.boardUrl}/heats/${this.heat}/rows`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(row),
    });
    if (!res.ok) throw new Error(`timing board rejected lane ${lane}: ${res.status}`);
    this.published.add(lane);
  }

  async clearBoard(): Promise<void> {
    const res = await fetch(`${this.boardUrl}/heats/${this.heat}/rows`, { method: 'DELETE' });
    if (!res.ok) throw new Error(`could not clear heat ${this.heat}: ${res.status}`);
    this.published.clear();
  }

  get lanesShown(): number[] {
    return [...this.published].sort((a, b) => a - b);
  }
}
