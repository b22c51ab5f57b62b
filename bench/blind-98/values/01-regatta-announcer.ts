// expect: none
// Every async lookup is awaited before it is interpolated, compared or defaulted with ??, so the announcements contain real times and names rather than "[object Promise]".
export interface Finish {
  raceId: string;
  sailNumber: string;
  elapsedMs: number;
}

export interface Registry {
  boatName(sailNumber: string): Promise<string | undefined>;
  skipper(sailNumber: string): Promise<string | undefined>;
}

export interface RaceRecords {
  bestElapsed(raceId: string): Promise<number | null>;
}

export interface PublicAddress {
  say(text: string): Promise<void>;
}

export function formatElapsed(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

export class Announcer {
  private lastAnnounced: string | undefined;

  constructor(
    private readonly registry: Registry,
    private readonly records: RaceRecords,
    private readonly pa: PublicAddress,
  ) {}

  async announce(finish: Finish): Promise<string> {
    const [name, skipper, best] = await Promise.all([
      this.registry.boatName(finish.sailNumber),
      this.registry.skipper(finish.sailNumber),
      this.records.bestElapsed(finish.raceId),
    ]);

    const boat = name ?? `sail number ${finish.sailNumber}`;
    let text = `${boat}, skippered by ${skipper ?? 'an unregistered helm'}, finishes in ${formatElapsed(finish.elapsedMs)}.`;

    if (best === null || finish.elapsedMs < best) {
      text += ' That is a new course record!';
    } else if (finish.elapsedMs === best) {
      text += ' That equals the course record.';
    }

    if (text === this.lastAnnounced) return text;
    this.lastAnnounced = text;
    await this.pa.say(text);
    return text;
  }
}
