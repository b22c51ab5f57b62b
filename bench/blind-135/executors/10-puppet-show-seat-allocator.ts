// expect: none
// The worker wrapper settles once through a guard on the first of 'message', 'error' or 'exit', and always terminates the worker and clears its timer.
import { Worker } from 'node:worker_threads';

export interface SeatRequest {
  showId: string;
  party: number;
  wheelchair: boolean;
  preferFront: boolean;
}

export interface SeatAssignment {
  showId: string;
  seats: string[];
  score: number;
}

type WorkerReply = { ok: true; assignment: SeatAssignment } | { ok: false; error: string };

const ALLOCATOR_SCRIPT = new URL('./seat-allocator.worker.js', import.meta.url);

export function allocateSeats(request: SeatRequest, hallPlan: string[][], timeoutMs = 3000): Promise<SeatAssignment> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ALLOCATOR_SCRIPT, { workerData: { request, hallPlan } });
    let settled = false;

    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().catch(() => {});
      fn();
    };

    const timer = setTimeout(() => {
      settle(() => reject(new Error(`seat allocation for ${request.showId} took longer than ${timeoutMs}ms`)));
    }, timeoutMs);

    worker.once('message', (reply: WorkerReply) => {
      if (reply.ok) settle(() => resolve(reply.assignment));
      else settle(() => reject(new Error(`allocator refused: ${reply.error}`)));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.once('exit', (code) => {
      settle(() => reject(new Error(`allocator exited with code ${code} before replying`)));
    });
  });
}

export class MatineeBox {
  private held = new Set<string>();

  constructor(private hallPlan: string[][]) {}

  async reserve(request: SeatRequest): Promise<SeatAssignment> {
    const plan = this.hallPlan.map((row) => row.map((seat) => (this.held.has(seat) ? 'X' : seat)));
    const assignment = await allocateSeats(request, plan);
    for (const seat of assignment.seats) {
      if (this.held.has(seat)) throw new Error(`seat ${seat} was already held`);
    }
    for (const seat of assignment.seats) this.held.add(seat);
    return assignment;
  }

  release(seats: string[]): void {
    for (const seat of seats) this.held.delete(seat);
  }

  get heldCount(): number {
    return this.held.size;
  }
}
