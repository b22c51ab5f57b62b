// expect: none
// Request errors, response errors, bad status and parse failures all route through a guarded fail/succeed pair, so the report promise settles once on every path including timeouts.
import { get, type IncomingMessage } from 'node:http';

export interface CableReport {
  cableId: string;
  inspectedAt: string;
  brokenWires: number;
  diameterLossPct: number;
  spliceCondition: 'good' | 'watch' | 'replace';
}

function parseReport(raw: string): CableReport {
  const data = JSON.parse(raw) as Partial<CableReport>;
  if (typeof data.cableId !== 'string' || typeof data.brokenWires !== 'number') {
    throw new Error('malformed cable report');
  }
  return {
    cableId: data.cableId,
    inspectedAt: data.inspectedAt ?? new Date(0).toISOString(),
    brokenWires: data.brokenWires,
    diameterLossPct: data.diameterLossPct ?? 0,
    spliceCondition: data.spliceCondition ?? 'watch',
  };
}

export function fetchCableReport(host: string, cableId: string, timeoutMs = 8_000): Promise<CableReport> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      reject(err);
    };
    const succeed = (report: CableReport) => {
      if (settled) return;
      settled = true;
      resolve(report);
    };

    const req = get(
      { host, path: `/cables/${encodeURIComponent(cableId)}/latest-report`, timeout: timeoutMs },
      (res: IncomingMessage) => {
        if (res.statusCode !== 200) {
          res.resume();
          fail(new Error(`inspection service answered ${res.statusCode} for ${cableId}`));
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('error', fail);
        res.once('end', () => {
          try {
            succeed(parseReport(Buffer.concat(chunks).toString('utf8')));
          } catch (err) {
            fail(err instanceof Error ? err : new Error(String(err)));
          }
        });
      },
    );
    req.once('timeout', () => req.destroy(new Error(`cable report ${cableId} timed out`)));
    req.once('error', fail);
  });
}

export function needsCableReplacement(report: CableReport): boolean {
  return report.spliceCondition === 'replace' || report.brokenWires > 6 || report.diameterLossPct > 10;
}
