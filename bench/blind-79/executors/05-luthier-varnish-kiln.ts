// expect: none
// Correct: the kiln wait clears its timer on every exit path and removes both listeners, so the promise settles exactly once.
import { EventEmitter } from 'node:events';

type KilnState = 'idle' | 'ramping' | 'holding' | 'cooling' | 'fault';

interface KilnStatus {
  state: KilnState;
  chamberC: number;
  humidityPct: number;
  uvLampHours: number;
}

interface VarnishCoat {
  instrumentId: string;
  coat: number;
  recipe: 'oil-ground' | 'spirit' | 'amber-oil';
  cureMinutes: number;
  targetC: number;
}

declare const kilnBus: EventEmitter;
declare const kilnController: {
  start(profile: { targetC: number; holdMinutes: number }): void;
  status(): KilnStatus;
  abortCycle(): void;
};

export class KilnTimeoutError extends Error {
  constructor(readonly waitedMs: number, readonly lastState: KilnState) {
    super(`kiln did not finish within ${waitedMs}ms (last state ${lastState})`);
    this.name = 'KilnTimeoutError';
  }
}

function runCycle(timeoutMs: number, begin: () => void): Promise<KilnStatus> {
  return new Promise<KilnStatus>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      kilnBus.off('cycle-complete', onComplete);
      kilnBus.off('fault', onFault);
    };
    const onComplete = (status: KilnStatus) => {
      cleanup();
      resolve(status);
    };
    const onFault = (code: string) => {
      cleanup();
      reject(new Error(`kiln fault ${code}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      kilnController.abortCycle();
      reject(new KilnTimeoutError(timeoutMs, kilnController.status().state));
    }, timeoutMs);

    kilnBus.on('cycle-complete', onComplete);
    kilnBus.on('fault', onFault);
    try {
      begin();
    } catch (err) {
      cleanup();
      reject(err);
    }
  });
}

export async function cureCoat(coat: VarnishCoat): Promise<KilnStatus> {
  const before = kilnController.status();
  if (before.state !== 'idle') {
    throw new Error(`kiln busy (${before.state}); cannot cure ${coat.instrumentId} coat ${coat.coat}`);
  }
  if (coat.recipe === 'spirit' && coat.targetC > 30) {
    throw new RangeError('spirit varnish must not be cured above 30°C');
  }

  return runCycle((coat.cureMinutes + 20) * 60_000, () =>
    kilnController.start({ targetC: coat.targetC, holdMinutes: coat.cureMinutes }),
  );
}

export async function cureSchedule(coats: readonly VarnishCoat[]): Promise<string[]> {
  const log: string[] = [];
  for (const coat of coats) {
    const result = await cureCoat(coat);
    log.push(
      `${coat.instrumentId} coat ${coat.coat} (${coat.recipe}) cured at ${result.chamberC.toFixed(1)}°C, ` +
        `RH ${result.humidityPct}%`,
    );
    if (result.uvLampHours > 900) {
      log.push('UV lamps nearing end of life; schedule replacement');
    }
  }
  return log;
}
