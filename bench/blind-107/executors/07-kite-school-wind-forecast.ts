// expect: no-multiple-settle
// fetchForecast resolves inside a try and then records gust metrics in the same try, so a forecast without a gusts array throws into the catch that calls reject on the already-resolved promise and the metrics failure is silently lost.
import { get } from 'node:https';
import type { IncomingMessage } from 'node:http';

export interface WindForecast {
  spot: string;
  issuedAt: string;
  hours: Array<{ at: string; knots: number; dirDeg: number }>;
  gusts: number[];
}

export interface LessonMetrics {
  observeGust(spot: string, knots: number): void;
  markFetched(spot: string, at: Date): void;
}

export class NullMetrics implements LessonMetrics {
  observeGust(): void {}
  markFetched(): void {}
}

const FORECAST_HOST = 'https://wind.example-kiteschool.test';

export function fetchForecast(spot: string, metrics: LessonMetrics): Promise<WindForecast> {
  const url = `${FORECAST_HOST}/v2/spots/${encodeURIComponent(spot)}/forecast`;
  return new Promise<WindForecast>((resolve, reject) => {
    const req = get(url, { headers: { accept: 'application/json' } }, (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`forecast for ${spot}: HTTP ${res.statusCode}`));
        return;
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('error', reject);
      res.on('end', () => {
        try {
          const forecast = JSON.parse(body) as WindForecast;
          resolve(forecast);
          metrics.markFetched(spot, new Date());
          const peak = Math.max(...forecast.gusts);
          metrics.observeGust(spot, peak);
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`forecast for ${spot} timed out`)));
  });
}

export function lessonWindow(f: WindForecast, minKnots = 12, maxKnots = 25): string[] {
  return f.hours.filter((h) => h.knots >= minKnots && h.knots <= maxKnots).map((h) => h.at);
}
