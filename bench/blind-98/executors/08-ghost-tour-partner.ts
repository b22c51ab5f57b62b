// expect: no-multiple-settle
// The response callback only settles for 200, 404 and 409, so a 5xx or 429 from the partner leaves the response unread and the promise pending forever.
import http from 'node:http';

export interface TourSlot {
  tourId: string;
  startsAt: string;
  guide: string;
  seatsLeft: number;
}

export class SoldOutError extends Error {
  constructor(readonly tourId: string) {
    super(`ghost tour ${tourId} is sold out`);
    this.name = 'SoldOutError';
  }
}

export interface PartnerConfig {
  host: string;
  port: number;
  apiKey: string;
}

export function holdSeats(cfg: PartnerConfig, tourId: string, seats: number): Promise<TourSlot | null> {
  const path = `/v2/tours/${encodeURIComponent(tourId)}/hold?seats=${seats}`;
  return new Promise<TourSlot | null>((resolve, reject) => {
    const req = http.get(
      { host: cfg.host, port: cfg.port, path, headers: { authorization: `Bearer ${cfg.apiKey}` } },
      (res) => {
        if (res.statusCode === 200) {
          let raw = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            raw += chunk;
          });
          res.on('error', reject);
          res.on('end', () => {
            try {
              resolve(JSON.parse(raw) as TourSlot);
            } catch (err) {
              reject(err);
            }
          });
        } else if (res.statusCode === 404) {
          res.resume();
          resolve(null);
        } else if (res.statusCode === 409) {
          res.resume();
          reject(new SoldOutError(tourId));
        }
      },
    );
    req.on('error', reject);
  });
}

export async function bookGroup(
  cfg: PartnerConfig,
  tourIds: readonly string[],
  seats: number,
): Promise<TourSlot | undefined> {
  for (const tourId of tourIds) {
    try {
      const slot = await holdSeats(cfg, tourId, seats);
      if (slot) return slot;
    } catch (err) {
      if (!(err instanceof SoldOutError)) throw err;
    }
  }
  return undefined;
}
