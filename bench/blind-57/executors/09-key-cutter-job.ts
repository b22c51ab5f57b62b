// expect: no-multiple-settle
// Bug: cutKey uses an async executor whose first await (blankInventory.reserve) can reject before resolve/reject is ever called, leaving the promise pending.
import { EventEmitter } from 'node:events';

declare const blankInventory: {
  reserve(profile: string, count: number): Promise<{ reservationId: string; bin: string }>;
};

declare const cutterBus: EventEmitter & {
  send(machineId: string, command: CutCommand): void;
};

export interface KeyOrder {
  orderId: string;
  profile: string;
  bitting: number[];
  copies: number;
}

interface CutCommand {
  jobId: string;
  bin: string;
  depthsMm: number[];
  copies: number;
}

export interface CutResult {
  jobId: string;
  machineId: string;
  copies: number;
  durationMs: number;
}

const DEPTH_STEP_MM = 0.38;
const SHOULDER_DEPTH_MM = 8.5;

function bittingToDepths(bitting: number[]): number[] {
  return bitting.map((code) => {
    if (code < 0 || code > 9) throw new RangeError(`bitting code ${code} out of range`);
    return Number((SHOULDER_DEPTH_MM - code * DEPTH_STEP_MM).toFixed(2));
  });
}

export function cutKey(machineId: string, order: KeyOrder): Promise<CutResult> {
  const depthsMm = bittingToDepths(order.bitting);
  const jobId = `${order.orderId}-${machineId}`;

  return new Promise<CutResult>(async (resolve, reject) => {
    const reservation = await blankInventory.reserve(order.profile, order.copies);
    const started = Date.now();

    const onDone = (msg: { jobId: string; copies: number }): void => {
      if (msg.jobId !== jobId) return;
      cutterBus.off('done', onDone);
      cutterBus.off('fault', onFault);
      resolve({ jobId, machineId, copies: msg.copies, durationMs: Date.now() - started });
    };

    const onFault = (msg: { jobId: string; reason: string }): void => {
      if (msg.jobId !== jobId) return;
      cutterBus.off('done', onDone);
      cutterBus.off('fault', onFault);
      reject(new Error(`cutter ${machineId} faulted on ${reservation.bin}: ${msg.reason}`));
    };

    cutterBus.on('done', onDone);
    cutterBus.on('fault', onFault);
    cutterBus.send(machineId, { jobId, bin: reservation.bin, depthsMm, copies: order.copies });
  });
}

export async function cutOrders(machineId: string, orders: KeyOrder[]): Promise<CutResult[]> {
  const results: CutResult[] = [];
  for (const order of orders) {
    results.push(await cutKey(machineId, order));
  }
  return results;
}
