// expect: no-reused-settled-promise
// bug: the colonisation poll awaits the same `statusRequest` promise on every iteration, so it never sees a new reading and spins until the deadline.
export interface IncubatorStatus {
  chamberId: string;
  state: 'inoculated' | 'colonising' | 'colonised' | 'contaminated';
  colonisedPercent: number;
  co2Ppm: number;
  readAt: string;
}

export interface SpawnJob {
  jobId: string;
  chamberId: string;
  strain: string;
  grainBags: number;
}

declare const incubatorApi: {
  status(chamberId: string): Promise<IncubatorStatus>;
  setFreshAirExchange(chamberId: string, perHour: number): Promise<void>;
};

declare const labNotebook: {
  note(jobId: string, text: string): Promise<void>;
};

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class ContaminationError extends Error {
  constructor(readonly status: IncubatorStatus) {
    super(`chamber ${status.chamberId} reported contamination at ${status.colonisedPercent}%`);
    this.name = 'ContaminationError';
  }
}

export async function waitUntilColonised(
  chamberId: string,
  { intervalMs = 60_000, timeoutMs = 21 * 24 * 3_600_000 } = {},
): Promise<IncubatorStatus> {
  const deadline = Date.now() + timeoutMs;
  const statusRequest = incubatorApi.status(chamberId);

  while (Date.now() < deadline) {
    const status = await statusRequest;
    if (status.state === 'contaminated') {
      throw new ContaminationError(status);
    }
    if (status.state === 'colonised' || status.colonisedPercent >= 98) {
      return status;
    }
    await delay(intervalMs);
  }

  throw new Error(`chamber ${chamberId} not colonised after ${Math.round(timeoutMs / 86_400_000)} days`);
}

function airExchangeFor(status: IncubatorStatus): number {
  if (status.co2Ppm > 15_000) return 4;
  if (status.co2Ppm > 8_000) return 2;
  return 1;
}

export async function incubate(job: SpawnJob): Promise<IncubatorStatus> {
  await labNotebook.note(job.jobId, `incubating ${job.grainBags} bags of ${job.strain} in ${job.chamberId}`);
  try {
    const finalStatus = await waitUntilColonised(job.chamberId);
    await incubatorApi.setFreshAirExchange(job.chamberId, airExchangeFor(finalStatus));
    await labNotebook.note(job.jobId, `colonised at ${finalStatus.readAt}`);
    return finalStatus;
  } catch (err) {
    if (err instanceof ContaminationError) {
      await labNotebook.note(job.jobId, `discarded: ${err.message}`);
    }
    throw err;
  }
}
