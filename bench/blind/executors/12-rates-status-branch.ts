// expect: no-multiple-settle
// The response callback settles only for 200 and for 5xx; any other status (3xx redirect, 4xx) is drained but neither resolves nor rejects, so the caller waits forever.
import { get } from 'node:https';

export interface ExchangeRates {
  base: string;
  date: string;
  rates: Record<string, number>;
}

export function fetchRates(base: string): Promise<ExchangeRates> {
  const url = `https://rates.example.com/v2/latest?base=${encodeURIComponent(base)}`;
  return new Promise<ExchangeRates>((resolve, reject) => {
    const req = get(url, { headers: { accept: 'application/json' } }, (res) => {
      const status = res.statusCode ?? 0;
      if (status === 200) {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('error', reject);
        res.on('end', () => {
          let parsed: ExchangeRates;
          try {
            parsed = JSON.parse(body) as ExchangeRates;
          } catch (err) {
            reject(err);
            return;
          }
          resolve(parsed);
        });
      } else if (status >= 500) {
        res.resume();
        reject(new Error(`rates service unavailable (HTTP ${status})`));
      }
    });
    req.on('error', reject);
  });
}

export async function convert(amount: number, from: string, to: string): Promise<number> {
  const { rates } = await fetchRates(from);
  const rate = rates[to];
  if (rate === undefined) throw new Error(`no rate for ${from}->${to}`);
  return amount * rate;
}
