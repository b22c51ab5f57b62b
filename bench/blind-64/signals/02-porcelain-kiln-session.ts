// expect: require-signal-propagation
// startFiring hands `signal` to the uploads and the delay but awaits once(kiln, 'ready') without { signal }, so an abort during warm-up is never noticed.
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface FiringSegment {
  rampCPerHour: number;
  targetC: number;
  holdMinutes: number;
}

export interface DollBatch {
  batchId: string;
  pieces: number;
  body: 'porcelain' | 'bisque' | 'parian';
  schedule: FiringSegment[];
}

declare class KilnController extends EventEmitter {
  readonly kilnId: string;
  powerOn(): void;
  loadSchedule(segments: FiringSegment[]): void;
  begin(): void;
  abort(): void;
  temperature(): number;
}

declare const kilnCloud: {
  uploadSchedule(kilnId: string, batch: DollBatch, opts: { signal?: AbortSignal }): Promise<{ scheduleId: string }>;
  reportStart(kilnId: string, scheduleId: string, opts: { signal?: AbortSignal }): Promise<void>;
};

const WARMUP_SETTLE_MS = 30_000;
const MAX_PEAK_C: Record<DollBatch['body'], number> = { porcelain: 1300, bisque: 1060, parian: 1220 };

function validate(batch: DollBatch): void {
  const peak = Math.max(...batch.schedule.map((s) => s.targetC));
  if (peak > MAX_PEAK_C[batch.body]) {
    throw new RangeError(`${batch.body} schedule peaks at ${peak}C, above ${MAX_PEAK_C[batch.body]}C`);
  }
  if (batch.schedule.some((s) => s.rampCPerHour > 300 && s.targetC < 600)) {
    throw new RangeError('ramp too fast below 600C, pieces will crack');
  }
}

export async function startFiring(kiln: KilnController, batch: DollBatch, signal: AbortSignal): Promise<string> {
  validate(batch);
  signal.throwIfAborted();

  const { scheduleId } = await kilnCloud.uploadSchedule(kiln.kilnId, batch, { signal });

  kiln.powerOn();
  await once(kiln, 'ready');
  await delay(WARMUP_SETTLE_MS, undefined, { signal });

  kiln.loadSchedule(batch.schedule);
  const onAbort = () => kiln.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    kiln.begin();
    await kilnCloud.reportStart(kiln.kilnId, scheduleId, { signal });
  } catch (err) {
    kiln.abort();
    signal.removeEventListener('abort', onAbort);
    throw err;
  }
  return scheduleId;
}

export async function fireQueue(kiln: KilnController, queue: DollBatch[], signal: AbortSignal): Promise<string[]> {
  const ids: string[] = [];
  for (const batch of queue) {
    ids.push(await startFiring(kiln, batch, signal));
    const [result] = (await once(kiln, 'complete', { signal })) as [{ peakC: number }];
    if (result.peakC < Math.max(...batch.schedule.map((s) => s.targetC)) - 15) {
      throw new Error(`batch ${batch.batchId} under-fired at ${result.peakC}C`);
    }
  }
  return ids;
}
