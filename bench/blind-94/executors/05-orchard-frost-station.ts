// expect: none
// The callback adapter clears its timer and ignores late callbacks with a settled flag, so the legacy SDK can only settle it once.
export interface FrostForecast {
  blockId: string;
  minTempC: number;
  hoursBelowZero: number;
  issuedAt: string;
}

type ForecastCallback = (err: Error | null, forecast?: FrostForecast) => void;

declare const weatherStation: {
  requestForecast(blockId: string, cb: ForecastCallback): void;
  cancel(blockId: string): void;
};

export class ForecastTimeoutError extends Error {
  constructor(readonly blockId: string, readonly waitedMs: number) {
    super(`forecast for ${blockId} not received after ${waitedMs}ms`);
    this.name = 'ForecastTimeoutError';
  }
}

export function fetchFrostForecast(blockId: string, timeoutMs = 8_000): Promise<FrostForecast> {
  return new Promise((resolve, reject) => {
    let settled = false;

    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      weatherStation.cancel(blockId);
      reject(new ForecastTimeoutError(blockId, timeoutMs));
    }, timeoutMs);

    weatherStation.requestForecast(blockId, (err, forecast) => {
      // The station firmware has been seen to call back twice after a reconnect.
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        reject(err);
        return;
      }
      if (!forecast) {
        reject(new Error(`empty forecast for ${blockId}`));
        return;
      }
      resolve(forecast);
    });
  });
}

export interface PruningDecision {
  blockId: string;
  prune: boolean;
  reason: string;
}

export async function decidePruningWindow(blockIds: string[]): Promise<PruningDecision[]> {
  const decisions: PruningDecision[] = [];
  for (const blockId of blockIds) {
    try {
      const forecast = await fetchFrostForecast(blockId);
      if (forecast.minTempC < -4 || forecast.hoursBelowZero > 6) {
        decisions.push({ blockId, prune: false, reason: `hard frost expected (${forecast.minTempC}°C)` });
      } else {
        decisions.push({ blockId, prune: true, reason: 'mild night forecast' });
      }
    } catch (err) {
      if (err instanceof ForecastTimeoutError) {
        decisions.push({ blockId, prune: false, reason: 'no forecast, defer pruning' });
        continue;
      }
      throw err;
    }
  }
  return decisions;
}
