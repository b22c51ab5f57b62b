// expect: no-uncalled-async-function
// assign() ends with `.then(() => this.publishBoard)`, which returns the method itself instead of calling it, so the chain resolves to a function, the live dispatch board is never republished, and other couriers keep seeing the job as open and ride to the pickup.
import { EventEmitter } from 'node:events';

export interface Job {
  id: string;
  pickup: string;
  dropoff: string;
  assignedTo?: string;
}

export interface CourierState {
  id: string;
  busyUntil: number;
  zone: string;
}

export interface DispatchStore {
  saveAssignment(jobId: string, courierId: string): Promise<void>;
  openJobs(): Promise<Job[]>;
}

export interface BoardChannel {
  broadcast(payload: { open: Array<Pick<Job, 'id' | 'pickup'>>; at: string }): Promise<void>;
}

export class DispatchDesk extends EventEmitter {
  constructor(
    private readonly store: DispatchStore,
    private readonly board: BoardChannel,
    private readonly couriers: Map<string, CourierState>,
  ) {
    super();
  }

  async publishBoard(): Promise<void> {
    const open = (await this.store.openJobs()).filter((j) => !j.assignedTo);
    await this.board.broadcast({
      open: open.map(({ id, pickup }) => ({ id, pickup })),
      at: new Date().toISOString(),
    });
    this.emit('board', open.length);
  }

  assign(job: Job, courierId: string) {
    const courier = this.couriers.get(courierId);
    if (!courier) return Promise.reject(new Error(`unknown courier ${courierId}`));
    if (courier.busyUntil > Date.now()) {
      return Promise.reject(new Error(`${courierId} is still on a run until ${new Date(courier.busyUntil).toLocaleTimeString()}`));
    }

    job.assignedTo = courierId;
    courier.busyUntil = Date.now() + 25 * 60_000;
    return this.store
      .saveAssignment(job.id, courierId)
      .then(() => this.emit('assigned', { jobId: job.id, courierId }))
      .then(() => this.publishBoard);
  }

  nearestFree(zone: string): CourierState | undefined {
    const now = Date.now();
    const free = [...this.couriers.values()].filter((c) => c.busyUntil <= now);
    return free.find((c) => c.zone === zone) ?? free[0];
  }
}

export async function autoAssign(desk: DispatchDesk, job: Job, zone: string): Promise<string | null> {
  const courier = desk.nearestFree(zone);
  if (!courier) return null;
  await desk.assign(job, courier.id);
  return courier.id;
}
