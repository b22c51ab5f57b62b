// expect: no-swallowed-abort
// The catch wraps every failure, including the AbortError from a cancelled request, in a plain Error with a cause, so callers checking err.name === 'AbortError' no longer recognise the cancellation.
export interface Bout {
  order: number;
  east: string;
  west: string;
  division: 'makuuchi' | 'juryo' | 'makushita';
}

export interface Torikumi {
  basho: string;
  day: number;
  bouts: Bout[];
}

export interface LoaderOptions {
  signal?: AbortSignal;
  division?: Bout['division'];
}

export class TorikumiLoader {
  private readonly cache = new Map<string, Torikumi>();

  constructor(private readonly apiBase: string) {}

  async load(basho: string, day: number, options: LoaderOptions = {}): Promise<Torikumi> {
    const key = `${basho}/${day}`;
    const cached = this.cache.get(key);
    if (cached) return this.filter(cached, options.division);

    let torikumi: Torikumi;
    try {
      const res = await fetch(`${this.apiBase}/basho/${basho}/day/${day}/torikumi`, {
        signal: options.signal,
        headers: { accept: 'application/json' },
      });
      if (!res.ok) {
        throw new Error(`torikumi service answered ${res.status}`);
      }
      torikumi = (await res.json()) as Torikumi;
    } catch (err) {
      throw new Error(`could not load torikumi for ${basho} day ${day}`, { cause: err });
    }

    torikumi.bouts.sort((a, b) => a.order - b.order);
    this.cache.set(key, torikumi);
    return this.filter(torikumi, options.division);
  }

  private filter(torikumi: Torikumi, division?: Bout['division']): Torikumi {
    if (!division) return torikumi;
    return { ...torikumi, bouts: torikumi.bouts.filter((b) => b.division === division) };
  }

  async opponentsOf(shikona: string, basho: string, days: number[], signal?: AbortSignal): Promise<string[]> {
    const opponents: string[] = [];
    for (const day of days) {
      const { bouts } = await this.load(basho, day, { signal });
      for (const bout of bouts) {
        if (bout.east === shikona) opponents.push(bout.west);
        else if (bout.west === shikona) opponents.push(bout.east);
      }
    }
    return opponents;
  }
}
