// expect: no-swallowed-abort
// submitPressJob wraps every failure, including the AbortError from a cancelled request, in a plain Error, so callers that check err.name === 'AbortError' treat a user cancel as a press failure.
export interface PressJob {
  jobId: string;
  bookTitle: string;
  blocks: number;
  pressureKpa: number;
  dwellMinutes: number;
}

export interface PressSlot {
  jobId: string;
  press: 'standing' | 'nipping' | 'lying';
  startsAt: string;
}

export interface SubmitOptions {
  schedulerUrl: string;
  signal?: AbortSignal;
  token: string;
}

function choosePress(job: PressJob): PressSlot['press'] {
  if (job.blocks > 6 || job.pressureKpa > 400) return 'standing';
  if (job.dwellMinutes < 5) return 'nipping';
  return 'lying';
}

export async function submitPressJob(job: PressJob, options: SubmitOptions): Promise<PressSlot> {
  const press = choosePress(job);
  try {
    const res = await fetch(new URL('/jobs', options.schedulerUrl), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ ...job, press }),
      signal: options.signal,
    });
    if (res.status === 409) {
      throw new Error(`press ${press} already booked for job ${job.jobId}`);
    }
    if (!res.ok) {
      throw new Error(`scheduler answered ${res.status}`);
    }
    const slot = (await res.json()) as PressSlot;
    return slot;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new Error(`could not schedule "${job.bookTitle}" (${job.jobId}) on the ${press} press: ${detail}`);
  }
}

export async function submitAll(jobs: PressJob[], options: SubmitOptions): Promise<{ slots: PressSlot[]; errors: string[] }> {
  const slots: PressSlot[] = [];
  const errors: string[] = [];
  for (const job of jobs) {
    try {
      slots.push(await submitPressJob(job, options));
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      errors.push(err instanceof Error ? err.message : String(err));
    }
  }
  return { slots, errors };
}
