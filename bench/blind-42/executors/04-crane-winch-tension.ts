// expect: none
// waitForSlack settles once on every path: tension reading, winch fault, or timeout, and each path clears the timer and detaches every listener.
import { EventEmitter } from 'node:events';

export interface TensionSample {
  winchId: string;
  kilonewtons: number;
  cableOutM: number;
  at: number;
}

declare class WinchTelemetry extends EventEmitter {
  subscribe(winchId: string): void;
  unsubscribe(winchId: string): void;
}

declare const liftLog: {
  append(entry: { winchId: string; event: string; detail?: string }): void;
};

export class WinchFaultError extends Error {
  constructor(readonly winchId: string, readonly code: string) {
    super(`winch ${winchId} reported fault ${code}`);
    this.name = 'WinchFaultError';
  }
}

export class SlackTimeoutError extends Error {
  constructor(readonly winchId: string, readonly lastKn: number | undefined) {
    super(`winch ${winchId} never slackened (last reading ${lastKn ?? 'none'} kN)`);
    this.name = 'SlackTimeoutError';
  }
}

/**
 * Before divers re-rig a lifting strop the winch must be below the slack
 * threshold; this waits for the telemetry stream to confirm it.
 */
export function waitForSlack(
  telemetry: WinchTelemetry,
  winchId: string,
  thresholdKn: number,
  timeoutMs: number,
): Promise<TensionSample> {
  return new Promise<TensionSample>((resolve, reject) => {
    let lastKn: number | undefined;

    const cleanup = () => {
      clearTimeout(timer);
      telemetry.off('tension', onTension);
      telemetry.off('fault', onFault);
      telemetry.unsubscribe(winchId);
    };

    const onTension = (sample: TensionSample) => {
      if (sample.winchId !== winchId) return;
      lastKn = sample.kilonewtons;
      if (sample.kilonewtons > thresholdKn) return;
      cleanup();
      liftLog.append({ winchId, event: 'slack-confirmed', detail: `${sample.kilonewtons} kN` });
      resolve(sample);
    };

    const onFault = (faultWinchId: string, code: string) => {
      if (faultWinchId !== winchId) return;
      cleanup();
      reject(new WinchFaultError(winchId, code));
    };

    const timer = setTimeout(() => {
      cleanup();
      reject(new SlackTimeoutError(winchId, lastKn));
    }, timeoutMs);

    telemetry.on('tension', onTension);
    telemetry.on('fault', onFault);
    telemetry.subscribe(winchId);
  });
}

export async function prepareRerig(
  telemetry: WinchTelemetry,
  winchIds: string[],
  thresholdKn = 2.5,
): Promise<TensionSample[]> {
  const confirmations: TensionSample[] = [];
  for (const winchId of winchIds) {
    liftLog.append({ winchId, event: 'awaiting-slack' });
    confirmations.push(await waitForSlack(telemetry, winchId, thresholdKn, 90_000));
  }
  return confirmations;
}
