// expect: none
// The latch wait settles exactly once: success, fault, disconnect and timeout all go through one cleanup that clears the timer and removes every listener.
import { EventEmitter } from 'node:events';

export interface LatchReport {
  mastId: string;
  airship: string;
  coneEngagedAt: number;
  cableTensionKn: number;
}

export interface MastFault {
  code: 'WINCH_OVERLOAD' | 'CONE_MISALIGNED' | 'ANEMOMETER_LOST';
  detail: string;
}

export interface MastLink extends EventEmitter {
  readonly mastId: string;
  sendCommand(command: 'ENGAGE' | 'RELEASE' | 'HOLD', payload?: Record<string, unknown>): boolean;
}

declare const mastRegistry: {
  connect(mastId: string): Promise<MastLink>;
  disconnect(link: MastLink): Promise<void>;
};

declare const harborLog: {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
};

export class LatchTimeoutError extends Error {
  constructor(readonly mastId: string, readonly waitedMs: number) {
    super(`mast ${mastId} did not report a latch within ${waitedMs}ms`);
    this.name = 'LatchTimeoutError';
  }
}

export class MastFaultError extends Error {
  constructor(readonly mastId: string, readonly fault: MastFault) {
    super(`mast ${mastId} faulted: ${fault.code} (${fault.detail})`);
    this.name = 'MastFaultError';
  }
}

export function waitForLatch(link: MastLink, airship: string, timeoutMs: number): Promise<LatchReport> {
  return new Promise<LatchReport>((resolve, reject) => {
    const onLatched = (report: LatchReport) => {
      if (report.airship !== airship) {
        harborLog.warn('latch report for a different airship ignored', { expected: airship, got: report.airship });
        return;
      }
      cleanup();
      resolve(report);
    };
    const onFault = (fault: MastFault) => {
      cleanup();
      reject(new MastFaultError(link.mastId, fault));
    };
    const onDisconnect = () => {
      cleanup();
      reject(new Error(`link to mast ${link.mastId} dropped while waiting for latch`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new LatchTimeoutError(link.mastId, timeoutMs));
    }, timeoutMs);

    function cleanup(): void {
      clearTimeout(timer);
      link.off('latched', onLatched);
      link.off('fault', onFault);
      link.off('disconnect', onDisconnect);
    }

    link.on('latched', onLatched);
    link.on('fault', onFault);
    link.on('disconnect', onDisconnect);

    let accepted: boolean;
    try {
      accepted = link.sendCommand('ENGAGE', { airship });
    } catch (err) {
      cleanup();
      reject(err);
      return;
    }
    if (!accepted) {
      cleanup();
      reject(new Error(`mast ${link.mastId} rejected ENGAGE command`));
    }
  });
}

export async function mooringSequence(mastId: string, airship: string): Promise<LatchReport> {
  const link = await mastRegistry.connect(mastId);
  try {
    const report = await waitForLatch(link, airship, 90_000);
    harborLog.info('airship moored', { mastId, airship, tension: report.cableTensionKn });
    if (report.cableTensionKn > 120) {
      link.sendCommand('HOLD', { reason: 'tension above nominal' });
    }
    return report;
  } finally {
    await mastRegistry.disconnect(link);
  }
}
