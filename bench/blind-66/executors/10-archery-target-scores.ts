// expect: none
// The executor has many callbacks (data, end, error, close, timeout) but a settled guard lets only the first outcome through, and every failure path settles.
import { request } from 'node:http';

export interface ArrowHit {
  archer: string;
  end: number;
  ring: number;
  xMm: number;
  yMm: number;
}

export interface LaneScore {
  lane: number;
  archer: string;
  total: number;
  xCount: number;
  hits: ArrowHit[];
}

declare const rangeDirectory: {
  targetHost(lane: number): { host: string; port: number };
};

const MAX_BODY_BYTES = 256 * 1024;

function fetchTargetHits(lane: number, roundId: string, timeoutMs = 8_000): Promise<ArrowHit[]> {
  const { host, port } = rangeDirectory.targetHost(lane);
  return new Promise<ArrowHit[]>((resolve, reject) => {
    let settled = false;
    const succeed = (hits: ArrowHit[]) => {
      if (settled) return;
      settled = true;
      resolve(hits);
    };
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(err);
    };

    const req = request({ host, port, path: `/rounds/${encodeURIComponent(roundId)}/hits`, method: 'GET' }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        fail(new Error(`lane ${lane} target returned HTTP ${res.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          fail(new Error(`lane ${lane} target sent more than ${MAX_BODY_BYTES} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        try {
          succeed(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ArrowHit[]);
        } catch (err) {
          fail(err instanceof Error ? err : new Error(String(err)));
        }
      });
      res.on('error', fail);
      res.on('close', () => {
        if (!res.complete) fail(new Error(`lane ${lane} target closed the response early`));
      });
    });

    req.setTimeout(timeoutMs, () => fail(new Error(`lane ${lane} target did not answer within ${timeoutMs}ms`)));
    req.on('error', fail);
    req.end();
  });
}

export async function scoreLane(lane: number, roundId: string): Promise<LaneScore[]> {
  const hits = await fetchTargetHits(lane, roundId);
  const byArcher = new Map<string, ArrowHit[]>();
  for (const hit of hits) {
    const list = byArcher.get(hit.archer) ?? [];
    list.push(hit);
    byArcher.set(hit.archer, list);
  }
  return [...byArcher].map(([archer, archerHits]) => ({
    lane,
    archer,
    total: archerHits.reduce((sum, h) => sum + h.ring, 0),
    xCount: archerHits.filter((h) => h.ring === 10 && Math.hypot(h.xMm, h.yMm) <= 6).length,
    hits: archerHits,
  }));
}
