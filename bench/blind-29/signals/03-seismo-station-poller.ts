// expect: no-swallowed-abort
// fetchWindow turns an AbortError into an empty sample list, so an aborted sweep looks like a quiet station and gets recorded as real data.
import { EventEmitter } from 'node:events';

export interface Sample {
  t: number;
  counts: number;
}

export interface StationWindow {
  stationCode: string;
  channel: 'HHZ' | 'HHN' | 'HHE';
  start: number;
  end: number;
  samples: Sample[];
}

declare const stationRegistry: {
  list(network: string): Promise<Array<{ code: string; host: string }>>;
};

const STA_LTA_TRIGGER = 3.5;

export class StationPoller extends EventEmitter {
  private readonly lastWindow = new Map<string, StationWindow>();

  constructor(private readonly network: string) {
    super();
  }

  private async fetchWindow(
    host: string,
    stationCode: string,
    start: number,
    end: number,
    signal: AbortSignal,
  ): Promise<Sample[]> {
    const url = `http://${host}:18000/fdsnws/dataselect/1/query?sta=${stationCode}&cha=HHZ&start=${start}&end=${end}&format=json`;
    try {
      const res = await fetch(url, { signal });
      if (!res.ok) throw new Error(`${stationCode}: HTTP ${res.status}`);
      return (await res.json()) as Sample[];
    } catch (err) {
      if ((err as Error).name === 'AbortError') {
        return [];
      }
      throw err;
    }
  }

  async sweep(start: number, end: number, signal: AbortSignal): Promise<StationWindow[]> {
    const stations = await stationRegistry.list(this.network);
    const windows = await Promise.all(
      stations.map(async ({ code, host }) => {
        const samples = await this.fetchWindow(host, code, start, end, signal);
        const window: StationWindow = { stationCode: code, channel: 'HHZ', start, end, samples };
        this.lastWindow.set(code, window);
        return window;
      }),
    );

    for (const w of windows) {
      const ratio = staLta(w.samples, 50, 1000);
      if (ratio > STA_LTA_TRIGGER) {
        this.emit('trigger', { station: w.stationCode, ratio, at: w.end });
      } else if (w.samples.length === 0) {
        this.emit('quiet', { station: w.stationCode, start, end });
      }
    }
    return windows;
  }

  latest(code: string): StationWindow | undefined {
    return this.lastWindow.get(code);
  }
}

function staLta(samples: Sample[], shortLen: number, longLen: number): number {
  if (samples.length < longLen) return 0;
  const energy = samples.map((s) => s.counts * s.counts);
  const tail = (n: number) => energy.slice(-n).reduce((a, b) => a + b, 0) / n;
  const lta = tail(longLen);
  return lta === 0 ? 0 : tail(shortLen) / lta;
}
