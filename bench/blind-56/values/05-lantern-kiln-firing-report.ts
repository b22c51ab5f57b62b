// expect: no-promise-as-value
// The firing report posts coolingCurve: this.sampleCooling(...) without await, so the nested promise serialises to {} and the curve never reaches the QA service.
export interface FiringLog {
  kilnId: string;
  loadId: string;
  startedAt: number;
  endedAt: number;
  samples: Array<{ at: number; celsius: number }>;
}

export interface CoolingPoint {
  minute: number;
  celsius: number;
}

declare const kilnProbe: {
  history(kilnId: string, fromMs: number, toMs: number): Promise<Array<{ at: number; celsius: number }>>;
};

declare const qaService: {
  post(path: string, body: unknown): Promise<{ reportId: string }>;
};

declare const lanternBatches: {
  paperFor(loadId: string): Promise<'washi' | 'kozo' | 'silk-tissue'>;
};

function peak(samples: FiringLog['samples']): { celsius: number; at: number } {
  return samples.reduce((best, s) => (s.celsius > best.celsius ? s : best), { celsius: -Infinity, at: 0 });
}

function minutesAbove(samples: FiringLog['samples'], threshold: number): number {
  let ms = 0;
  for (let i = 1; i < samples.length; i++) {
    if (samples[i - 1].celsius >= threshold) ms += samples[i].at - samples[i - 1].at;
  }
  return Math.round(ms / 60_000);
}

export class FiringReporter {
  async sampleCooling(kilnId: string, fromMs: number): Promise<CoolingPoint[]> {
    const points = await kilnProbe.history(kilnId, fromMs, fromMs + 90 * 60_000);
    const perMinute = new Map<number, number>();
    for (const p of points) {
      const minute = Math.floor((p.at - fromMs) / 60_000);
      if (!perMinute.has(minute)) perMinute.set(minute, p.celsius);
    }
    return [...perMinute.entries()].map(([minute, celsius]) => ({ minute, celsius }));
  }

  async submit(log: FiringLog): Promise<string> {
    if (log.samples.length < 2) {
      throw new Error(`firing ${log.loadId} has too few samples to report`);
    }
    const paper = await lanternBatches.paperFor(log.loadId);
    const top = peak(log.samples);
    const scorchRisk = paper === 'silk-tissue' ? top.celsius > 75 : top.celsius > 105;

    const { reportId } = await qaService.post('/kiln-firings', {
      kilnId: log.kilnId,
      loadId: log.loadId,
      paper,
      durationMinutes: Math.round((log.endedAt - log.startedAt) / 60_000),
      peakCelsius: top.celsius,
      minutesAbove60: minutesAbove(log.samples, 60),
      coolingCurve: this.sampleCooling(log.kilnId, log.endedAt),
      scorchRisk,
    });
    return reportId;
  }

  async submitAll(logs: readonly FiringLog[]): Promise<string[]> {
    const ids: string[] = [];
    for (const log of logs) {
      ids.push(await this.submit(log));
    }
    return ids;
  }
}
