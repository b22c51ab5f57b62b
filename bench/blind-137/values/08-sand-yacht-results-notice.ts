// expect: no-promise-as-value
// The headline interpolates the async clubName() lookup without awaiting it, so the published notice reads "[object Promise]".
export interface Finish {
  sailNumber: string;
  helm: string;
  clubCode: string;
  elapsedMs: number;
  status: 'finished' | 'dnf' | 'dsq';
}

export interface ClubRegistry {
  lookup(code: string): Promise<{ code: string; name: string } | null>;
}

export interface NoticeBoard {
  post(channel: string, notice: { title: string; body: string }): Promise<void>;
}

function formatElapsed(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

export class ResultsPublisher {
  private readonly clubNames = new Map<string, string>();

  constructor(
    private readonly registry: ClubRegistry,
    private readonly board: NoticeBoard,
  ) {}

  async clubName(code: string): Promise<string> {
    const known = this.clubNames.get(code);
    if (known) return known;
    const club = await this.registry.lookup(code);
    const name = club?.name ?? code;
    this.clubNames.set(code, name);
    return name;
  }

  async publish(raceId: string, finishes: Finish[]): Promise<string> {
    const ranked = finishes
      .filter((f) => f.status === 'finished')
      .sort((a, b) => a.elapsedMs - b.elapsedMs);
    if (ranked.length === 0) throw new Error(`race ${raceId} has no finishers`);

    const winner = ranked[0];
    const title = `Race ${raceId}: ${winner.helm} (${this.clubName(winner.clubCode)}) takes line honours`;

    const lines = await Promise.all(
      ranked.map(async (f, i) => {
        const club = await this.clubName(f.clubCode);
        return `${String(i + 1).padStart(2)}. ${f.sailNumber.padEnd(6)} ${f.helm} - ${club} - ${formatElapsed(f.elapsedMs)}`;
      }),
    );
    const retired = finishes.filter((f) => f.status !== 'finished').map((f) => `${f.sailNumber} ${f.status.toUpperCase()}`);
    if (retired.length > 0) lines.push('', `Not placed: ${retired.join(', ')}`);

    await this.board.post('results', { title, body: lines.join('\n') });
    return title;
  }
}
