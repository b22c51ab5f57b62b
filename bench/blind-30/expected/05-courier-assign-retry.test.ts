// expect: no-reused-settled-promise
// assignWithRetry creates the assignment request once and re-awaits that rejected promise on each retry instead of asking again.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledWith(...args: unknown[]): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<F extends (...args: never[]) => unknown>(impl: F): F & { mock: { calls: unknown[][] } };
};

interface DeliveryJob {
  id: string;
  zone: string;
  pickup: { lat: number; lon: number };
  weightKg: number;
}

interface Assignment {
  jobId: string;
  riderId: string;
  etaMinutes: number;
}

interface RiderApi {
  assign(jobId: string, zone: string, maxWeightKg: number): Promise<Assignment>;
}

class NoRiderAvailable extends Error {}

class DispatchBoard {
  constructor(private readonly api: RiderApi, private readonly backoffMs = 5) {}

  async assignWithRetry(job: DeliveryJob, attempts = 3): Promise<Assignment> {
    const cargoClass = job.weightKg > 8 ? 25 : 8;
    const assignment = this.api.assign(job.id, job.zone, cargoClass);
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await assignment;
      } catch (err) {
        if (!(err instanceof NoRiderAvailable)) throw err;
        lastError = err;
        if (attempt < attempts) await sleep(this.backoffMs * 2 ** attempt);
      }
    }
    throw new Error(`no rider for ${job.id} in ${job.zone} after ${attempts} attempts`, { cause: lastError });
  }
}

const job: DeliveryJob = { id: 'J-7781', zone: 'canal-east', pickup: { lat: 52.37, lon: 4.9 }, weightKg: 3.2 };

describe('DispatchBoard.assignWithRetry', () => {
  let api: { assign: RiderApi['assign'] & { mock: { calls: unknown[][] } } };

  beforeEach(() => {
    api = {
      assign: vi.fn(async (jobId: string) => ({ jobId, riderId: 'R-12', etaMinutes: 6 })),
    };
  });

  it('assigns the job to the rider the api picks', async () => {
    const board = new DispatchBoard(api);
    const result = await board.assignWithRetry(job);
    expect(result).toEqual({ jobId: 'J-7781', riderId: 'R-12', etaMinutes: 6 });
    expect(api.assign).toHaveBeenCalledWith('J-7781', 'canal-east', 8);
  });

  it('asks for a cargo bike for heavy parcels', async () => {
    const board = new DispatchBoard(api);
    await board.assignWithRetry({ ...job, weightKg: 14 });
    expect(api.assign.mock.calls[0][2]).toBe(25);
  });

  it('gives up when no rider frees up', async () => {
    api.assign = vi.fn(async () => {
      throw new NoRiderAvailable('zone saturated');
    });
    const board = new DispatchBoard(api, 1);
    await expect(board.assignWithRetry(job)).rejects.toThrow(/after 3 attempts/);
  });

  it('does not retry on unexpected api errors', async () => {
    api.assign = vi.fn(async () => {
      throw new Error('502 from rider service');
    });
    const board = new DispatchBoard(api, 1);
    await expect(board.assignWithRetry(job)).rejects.toThrow('502 from rider service');
  });
});
