// expect: no-multiple-settle
// After reject(err) the callback keeps running and dereferences the missing reply, throwing a TypeError out of the callback.
import { randomUUID } from 'node:crypto';

export interface EligibilityReply {
  covered: boolean;
  copayCents: number;
  daysSupply: number;
  nextFillDate: string;
}

export interface RefillRequest {
  rxNumber: string;
  patientId: string;
  storeId: string;
  quantity: number;
}

export interface RefillQuote {
  requestId: string;
  rxNumber: string;
  copayCents: number;
  earliestFill: Date;
  tooSoon: boolean;
}

declare const pbmGateway: {
  checkEligibility(
    payload: { claimId: string; rx: string; member: string; qty: number },
    callback: (err: Error | null, reply: EligibilityReply) => void,
  ): void;
};

declare const auditLog: {
  write(entry: Record<string, unknown>): void;
};

export function quoteRefill(req: RefillRequest, today = new Date()): Promise<RefillQuote> {
  const requestId = randomUUID();

  return new Promise((resolve, reject) => {
    pbmGateway.checkEligibility(
      { claimId: requestId, rx: req.rxNumber, member: req.patientId, qty: req.quantity },
      (err, reply) => {
        if (err) {
          auditLog.write({ requestId, rx: req.rxNumber, outcome: 'pbm-error', message: err.message });
          reject(err);
        }

        const earliestFill = new Date(reply.nextFillDate);
        auditLog.write({ requestId, rx: req.rxNumber, outcome: reply.covered ? 'covered' : 'not-covered' });

        resolve({
          requestId,
          rxNumber: req.rxNumber,
          copayCents: reply.covered ? reply.copayCents : Number.NaN,
          earliestFill,
          tooSoon: earliestFill.getTime() > today.getTime(),
        });
      },
    );
  });
}

export async function queueRefills(requests: RefillRequest[], notify: (patientId: string, msg: string) => void) {
  const ready: RefillQuote[] = [];
  for (const r of requests) {
    try {
      const quote = await quoteRefill(r);
      if (quote.tooSoon) {
        notify(r.patientId, `Rx ${r.rxNumber} can be refilled on ${quote.earliestFill.toDateString()}.`);
        continue;
      }
      ready.push(quote);
    } catch {
      notify(r.patientId, `We could not reach your insurer for Rx ${r.rxNumber}; the pharmacist will call you.`);
    }
  }
  return ready;
}
