// expect: none
// The JSON parse sits alone in the try whose catch settles and returns, resolve comes after the try, and request/response errors and early closes go through the same once-only finish(), so the lookup settles exactly once.
import { request } from 'node:http';

export interface SeedLot {
  accession: string;
  species: string;
  seedsRemaining: number;
  germinationRate: number;
  vault: string;
}

export interface VaultApiConfig {
  host: string;
  port: number;
  token: string;
}

export function fetchLot(config: VaultApiConfig, accession: string): Promise<SeedLot> {
  return new Promise<SeedLot>((resolve, reject) => {
    let done = false;
    const finish = (err: Error | null, lot?: SeedLot) => {
      if (done) return;
      done = true;
      if (err) reject(err);
      else resolve(lot as SeedLot);
    };

    const req = request(
      {
        host: config.host,
        port: config.port,
        path: `/lots/${encodeURIComponent(accession)}`,
        headers: { authorization: `Bearer ${config.token}`, accept: 'application/json' },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          finish(new Error(`vault API answered ${res.statusCode} for ${accession}`));
          return;
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (piece: string) => {
          body += piece;
        });
        res.on('error', (err) => finish(err));
        res.on('close', () => finish(new Error(`response for ${accession} closed early`)));
        res.on('end', () => {
          let lot: SeedLot;
          try {
            lot = JSON.parse(body) as SeedLot;
          } catch (err) {
            finish(new Error(`malformed lot record for ${accession}: ${(err as Error).message}`));
            return;
          }
          finish(null, lot);
        });
      },
    );
    req.on('error', (err) => finish(err));
    req.end();
  });
}

export async function lotsBelowThreshold(
  config: VaultApiConfig,
  accessions: string[],
  minSeeds: number,
): Promise<SeedLot[]> {
  const low: SeedLot[] = [];
  for (const accession of accessions) {
    const lot = await fetchLot(config, accession);
    if (lot.seedsRemaining * lot.germinationRate < minSeeds) low.push(lot);
  }
  return low;
}
