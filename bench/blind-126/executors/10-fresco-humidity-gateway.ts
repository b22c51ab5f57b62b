// expect: none
// The response body is parsed inside a try/catch within the 'end' listener, and every outcome goes through a once-only settle, so the request promise always settles exactly once.
import { request } from 'node:http';

export interface HumidityCellWire {
  cell: string;
  rh: number;
  surface_c: number;
  sampled_at: string;
}

export interface HumidityCell {
  cell: string;
  relativeHumidity: number;
  surfaceC: number;
  sampledAt: Date;
}

export interface GatewayAddress {
  host: string;
  port: number;
  chapel: string;
}

export function dewPointC(airC: number, rh: number): number {
  const a = 17.62;
  const b = 243.12;
  const gamma = Math.log(rh / 100) + (a * airC) / (b + airC);
  return (b * gamma) / (a - gamma);
}

export function fetchHumidityGrid(gateway: GatewayAddress, wall: string): Promise<HumidityCell[]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true;
        fn();
      }
    };

    const req = request(
      {
        host: gateway.host,
        port: gateway.port,
        path: `/chapels/${encodeURIComponent(gateway.chapel)}/walls/${encodeURIComponent(wall)}/grid`,
        method: 'GET',
        headers: { accept: 'application/json' },
        timeout: 8_000,
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          settle(() => reject(new Error(`gateway answered ${res.statusCode} for wall ${wall}`)));
          return;
        }
        res.setEncoding('utf8');
        let raw = '';
        res.on('data', (chunk: string) => {
          raw += chunk;
        });
        res.on('error', (err) => settle(() => reject(err)));
        res.on('end', () => {
          let cells: HumidityCellWire[];
          try {
            cells = JSON.parse(raw) as HumidityCellWire[];
          } catch (err) {
            settle(() => reject(new Error(`gateway sent malformed grid for wall ${wall}`, { cause: err })));
            return;
          }
          settle(() =>
            resolve(
              cells.map((c) => ({ cell: c.cell, relativeHumidity: c.rh, surfaceC: c.surface_c, sampledAt: new Date(c.sampled_at) })),
            ),
          );
        });
      },
    );

    req.on('timeout', () => req.destroy(new Error(`gateway timed out for wall ${wall}`)));
    req.on('error', (err) => settle(() => reject(err)));
    req.end();
  });
}

export async function condensationRisk(gateway: GatewayAddress, wall: string, airC: number): Promise<string[]> {
  const grid = await fetchHumidityGrid(gateway, wall);
  return grid.filter((c) => c.surfaceC <= dewPointC(airC, c.relativeHumidity) + 1).map((c) => c.cell);
}
