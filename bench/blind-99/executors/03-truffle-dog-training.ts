// expect: no-multiple-settle
// cleanup() removes the listeners but never clears the timeout, so after a successful alert the timer still fires and calls reject on the already-resolved promise, holding the process open for the whole window.
import { EventEmitter } from 'node:events';

export interface AlertEvent {
  dogId: string;
  gridCell: string;
  confidence: number;
  at: number;
}

export interface TrialResult {
  dogId: string;
  hidden: string;
  alert?: AlertEvent;
  correct: boolean;
  latencyMs: number;
}

export class CollarLink extends EventEmitter {
  constructor(readonly dogId: string) {
    super();
  }

  report(gridCell: string, confidence: number): void {
    this.emit('alert', { dogId: this.dogId, gridCell, confidence, at: Date.now() } satisfies AlertEvent);
  }
}

export function waitForAlert(collar: CollarLink, windowMs: number): Promise<AlertEvent> {
  return new Promise<AlertEvent>((resolve, reject) => {
    const cleanup = () => {
      collar.off('alert', onAlert);
      collar.off('error', onError);
    };
    const onAlert = (evt: AlertEvent) => {
      cleanup();
      resolve(evt);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };

    setTimeout(() => {
      cleanup();
      reject(new Error(`${collar.dogId} gave no alert within ${windowMs}ms`));
    }, windowMs);

    collar.on('alert', onAlert);
    collar.on('error', onError);
  });
}

export async function runScentTrial(collar: CollarLink, hiddenCell: string, windowMs = 90_000): Promise<TrialResult> {
  const started = Date.now();
  try {
    const alert = await waitForAlert(collar, windowMs);
    return {
      dogId: collar.dogId,
      hidden: hiddenCell,
      alert,
      correct: alert.gridCell === hiddenCell && alert.confidence >= 0.5,
      latencyMs: alert.at - started,
    };
  } catch (err) {
    if (err instanceof Error && err.message.includes('no alert')) {
      return { dogId: collar.dogId, hidden: hiddenCell, correct: false, latencyMs: Date.now() - started };
    }
    throw err;
  }
}
