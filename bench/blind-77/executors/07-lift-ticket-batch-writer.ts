// expect: none
// Correct: the executor settles exactly once, on the stream's 'finish' or 'error', and each handler detaches the other.
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';

export interface LiftTicket {
  serial: string;
  product: 'day' | 'half-day' | 'season' | 'beginner';
  validFrom: Date;
  validTo: Date;
  holderName: string;
  priceCents: number;
}

declare const resortConfig: { exportDir: string; resortCode: string };

function encodeTicket(t: LiftTicket): string {
  const fields = [
    resortConfig.resortCode,
    t.serial,
    t.product,
    t.validFrom.toISOString(),
    t.validTo.toISOString(),
    t.holderName.replaceAll(';', ' '),
    String(t.priceCents),
  ];
  return fields.join(';') + '\n';
}

function assertValid(t: LiftTicket): void {
  if (t.validTo <= t.validFrom) {
    throw new RangeError(`ticket ${t.serial} expires before it becomes valid`);
  }
  if (t.product !== 'season' && t.validTo.getTime() - t.validFrom.getTime() > 36 * 3600_000) {
    throw new RangeError(`ticket ${t.serial}: ${t.product} ticket spans more than a day`);
  }
}

export function writeTicketBatch(file: string, tickets: LiftTicket[]): Promise<number> {
  tickets.forEach(assertValid);

  return new Promise<number>((resolve, reject) => {
    const out = createWriteStream(file, { flags: 'wx', encoding: 'utf8' });
    let written = 0;

    const onError = (err: Error) => {
      out.off('finish', onFinish);
      out.destroy();
      reject(err);
    };
    const onFinish = () => {
      out.off('error', onError);
      resolve(written);
    };

    out.once('error', onError);
    out.once('finish', onFinish);

    for (const ticket of tickets) {
      out.write(encodeTicket(ticket));
      written++;
    }
    out.end();
  });
}

export async function exportForTurnstiles(batchId: string, tickets: LiftTicket[]): Promise<string> {
  const finalPath = path.join(resortConfig.exportDir, `${batchId}.tix`);
  const tmpPath = `${finalPath}.partial`;
  const count = await writeTicketBatch(tmpPath, tickets);
  if (count !== tickets.length) {
    throw new Error(`batch ${batchId}: wrote ${count} of ${tickets.length} tickets`);
  }
  await rename(tmpPath, finalPath);
  return finalPath;
}

export function groupByDay(tickets: LiftTicket[]): Map<string, LiftTicket[]> {
  const byDay = new Map<string, LiftTicket[]>();
  for (const t of tickets) {
    const key = t.validFrom.toISOString().slice(0, 10);
    const bucket = byDay.get(key);
    if (bucket) bucket.push(t);
    else byDay.set(key, [t]);
  }
  return byDay;
}
