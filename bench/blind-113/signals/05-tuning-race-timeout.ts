// expect: none
// The race clears its timer, aborts the analyser request and removes the caller's abort listener in finally, so nothing outlives whichever side wins.
export interface PipeRef {
  rank: string;
  note: string;
  targetHz: number;
}

export interface PitchReading {
  note: string;
  hz: number;
  cents: number;
  stable: boolean;
}

export interface TuningStation {
  measure(pipe: PipeRef, opts: { signal: AbortSignal }): Promise<PitchReading>;
}

export class MeasurementTimeout extends Error {
  constructor(readonly pipe: PipeRef, readonly afterMs: number) {
    super(`${pipe.rank} ${pipe.note} gave no stable pitch within ${afterMs} ms`);
    this.name = 'MeasurementTimeout';
  }
}

export async function measureWithDeadline(
  station: TuningStation,
  pipe: PipeRef,
  options: { deadlineMs: number; signal?: AbortSignal },
): Promise<PitchReading> {
  const { deadlineMs, signal } = options;
  signal?.throwIfAborted();

  const inner = new AbortController();
  const onAbort = () => inner.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MeasurementTimeout(pipe, deadlineMs)), deadlineMs);
  });

  try {
    return await Promise.race([station.measure(pipe, { signal: inner.signal }), deadline]);
  } finally {
    clearTimeout(timer);
    inner.abort();
    signal?.removeEventListener('abort', onAbort);
  }
}

export async function measureRank(
  station: TuningStation,
  pipes: PipeRef[],
  options: { deadlineMs: number; signal?: AbortSignal },
): Promise<{ readings: PitchReading[]; timedOut: string[] }> {
  const readings: PitchReading[] = [];
  const timedOut: string[] = [];
  for (const pipe of pipes) {
    try {
      readings.push(await measureWithDeadline(station, pipe, options));
    } catch (err) {
      if (err instanceof MeasurementTimeout) {
        timedOut.push(pipe.note);
        continue;
      }
      throw err;
    }
  }
  return { readings, timedOut };
}
