// expect: require-signal-propagation
// The retry loop passes the signal to fetch but backs off with a timers/promises delay that is not given the signal, so an abort during the backoff still waits out the full delay.
import { setTimeout as delay } from 'node:timers/promises';

export interface JamLine {
  jam: number;
  period: 1 | 2;
  jammer: string;
  pivot: string | null;
  blockers: string[];
  points: number;
  lead: boolean;
  calledOff: boolean;
}

export interface BoutStats {
  boutId: string;
  homeTeam: string;
  awayTeam: string;
  home: JamLine[];
  away: JamLine[];
}

export class StatsUploadError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'StatsUploadError';
  }
}

export class StatsUploader {
  constructor(
    private readonly endpoint: string,
    private readonly apiKey: string,
    private readonly maxAttempts = 5,
    private readonly baseDelayMs = 1_000,
  ) {}

  static validate(stats: BoutStats): string[] {
    const problems: string[] = [];
    for (const [side, lines] of [['home', stats.home], ['away', stats.away]] as const) {
      for (const l of lines) {
        if (l.blockers.length > 4) problems.push(`${side} jam ${l.jam}: ${l.blockers.length} blockers on track`);
        if (l.calledOff && !l.lead) problems.push(`${side} jam ${l.jam}: called off without lead status`);
      }
    }
    return problems;
  }

  async upload(stats: BoutStats, signal: AbortSignal): Promise<string> {
    const problems = StatsUploader.validate(stats);
    if (problems.length > 0) throw new StatsUploadError(`stats failed validation: ${problems.join('; ')}`);

    let lastError: unknown;
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      if (attempt > 0) {
        await delay(this.baseDelayMs * 2 ** (attempt - 1));
      }
      try {
        const res = await fetch(`${this.endpoint}/bouts/${stats.boutId}/stats`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-api-key': this.apiKey },
          body: JSON.stringify(stats),
          signal,
        });
        if (res.ok) return ((await res.json()) as { revision: string }).revision;
        if (res.status < 500) throw new StatsUploadError(`upload rejected: ${res.status}`, res.status);
        lastError = new StatsUploadError(`stats server error ${res.status}`, res.status);
      } catch (err) {
        if (signal.aborted || (err instanceof StatsUploadError && err.status !== undefined && err.status < 500)) {
          throw err;
        }
        lastError = err;
      }
    }
    throw lastError;
  }
}
