// expect: no-multiple-settle
// When the yurt is withdrawn the poller rejects without clearing the interval, so it keeps ticking and calls reject again every few seconds for the life of the process.
import { EventEmitter } from 'node:events';

export type YurtState = 'free' | 'held' | 'booked' | 'withdrawn';

export interface YurtSnapshot {
  yurtId: string;
  state: YurtState;
  heldBy?: string;
  updatedAt: number;
}

export class AvailabilityBoard extends EventEmitter {
  private readonly yurts = new Map<string, YurtSnapshot>();

  apply(snapshot: YurtSnapshot): void {
    this.yurts.set(snapshot.yurtId, snapshot);
    this.emit('changed', snapshot);
  }

  peek(yurtId: string): YurtSnapshot | undefined {
    return this.yurts.get(yurtId);
  }
}

export interface WaitOptions {
  pollMs?: number;
  maxWaitMs?: number;
}

export function waitUntilFree(board: AvailabilityBoard, yurtId: string, opts: WaitOptions = {}): Promise<YurtSnapshot> {
  const pollMs = opts.pollMs ?? 5_000;
  const deadline = Date.now() + (opts.maxWaitMs ?? 30 * 60_000);

  return new Promise<YurtSnapshot>((resolve, reject) => {
    const poll = setInterval(() => {
      const snap = board.peek(yurtId);
      if (snap?.state === 'free') {
        clearInterval(poll);
        resolve(snap);
        return;
      }
      if (snap?.state === 'withdrawn') {
        reject(new Error(`yurt ${yurtId} was withdrawn from the season`));
        return;
      }
      if (Date.now() > deadline) {
        clearInterval(poll);
        reject(new Error(`yurt ${yurtId} still ${snap?.state ?? 'unknown'} after waiting`));
      }
    }, pollMs);
  });
}

export interface Waitlist {
  next(yurtId: string): string | undefined;
  notify(guest: string, yurtId: string): Promise<void>;
}

export async function offerToWaitlist(board: AvailabilityBoard, waitlist: Waitlist, yurtId: string): Promise<string | undefined> {
  const snap = await waitUntilFree(board, yurtId, { pollMs: 2_000 });
  const guest = waitlist.next(snap.yurtId);
  if (!guest) return undefined;
  board.apply({ yurtId, state: 'held', heldBy: guest, updatedAt: Date.now() });
  await waitlist.notify(guest, yurtId);
  return guest;
}
