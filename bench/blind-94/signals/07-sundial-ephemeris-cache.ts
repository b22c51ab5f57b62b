// expect: none
// The catch rethrows when the caller's signal is aborted and only falls back to the stale cache for genuine network or HTTP failures.
import { readFile, writeFile } from 'node:fs/promises';

export interface EquationOfTime {
  year: number;
  /** minutes to add to apparent solar time, one entry per day of year */
  minutes: number[];
}

const EPHEMERIS_URL = 'https://ephemeris.sundial-society.example/eot';

export class EphemerisCache {
  constructor(private readonly cacheFile: string) {}

  private async readStale(year: number): Promise<EquationOfTime | undefined> {
    try {
      const cached = JSON.parse(await readFile(this.cacheFile, 'utf8')) as EquationOfTime;
      return cached.year === year ? cached : undefined;
    } catch {
      return undefined;
    }
  }

  async equationOfTime(year: number, signal: AbortSignal): Promise<EquationOfTime> {
    try {
      const res = await fetch(`${EPHEMERIS_URL}?year=${year}`, { signal });
      if (!res.ok) throw new Error(`ephemeris service returned ${res.status}`);
      const table = (await res.json()) as EquationOfTime;
      await writeFile(this.cacheFile, JSON.stringify(table));
      return table;
    } catch (err) {
      if (signal.aborted) throw signal.reason ?? err;
      const stale = await this.readStale(year);
      if (stale) {
        console.warn(`using cached equation of time for ${year}: ${(err as Error).message}`);
        return stale;
      }
      throw err;
    }
  }
}

export async function engraveCorrectionTable(
  cache: EphemerisCache,
  year: number,
  signal: AbortSignal,
): Promise<string[]> {
  const eot = await cache.equationOfTime(year, signal);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const lines: string[] = [];
  let day = 0;
  for (let m = 0; m < 12; m++) {
    const daysInMonth = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
    const mid = eot.minutes[day + 14] ?? 0;
    const sign = mid >= 0 ? '+' : '−';
    lines.push(`${months[m]}  ${sign}${Math.abs(mid).toFixed(1)} min`);
    day += daysInMonth;
  }
  return lines;
}
