// expect: none
// The 'message' listener fires many times but every exit path runs one cleanup that removes all listeners and clears the timer before settling.
import { EventEmitter } from 'node:events';

export interface SmokeReport {
  towerId: string;
  bearingDegrees: number;
  estimatedDistanceKm: number;
  colour: 'white' | 'grey' | 'black';
  reportedAt: Date;
}

interface RadioFrame {
  kind: 'ack' | 'nack' | 'chatter';
  correlationId: string;
  body?: string;
}

declare const dispatchRadio: EventEmitter & {
  transmit(frame: { correlationId: string; payload: string }): void;
};

export class DispatchNackError extends Error {
  constructor(readonly correlationId: string, reason: string) {
    super(`dispatch rejected report ${correlationId}: ${reason}`);
    this.name = 'DispatchNackError';
  }
}

let sequence = 0;

function encodeReport(report: SmokeReport): string {
  return [
    'SMOKE',
    report.towerId,
    `BRG${report.bearingDegrees.toString().padStart(3, '0')}`,
    `DST${report.estimatedDistanceKm.toFixed(1)}`,
    report.colour.toUpperCase(),
    report.reportedAt.toISOString(),
  ].join('/');
}

function transmitAndAwaitAck(report: SmokeReport, timeoutMs: number): Promise<string> {
  const correlationId = `${report.towerId}-${Date.now()}-${++sequence}`;
  return new Promise<string>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      dispatchRadio.off('message', onMessage);
      dispatchRadio.off('error', onError);
      dispatchRadio.off('close', onClose);
    };
    const onMessage = (frame: RadioFrame) => {
      if (frame.correlationId !== correlationId || frame.kind === 'chatter') return;
      cleanup();
      if (frame.kind === 'ack') resolve(correlationId);
      else reject(new DispatchNackError(correlationId, frame.body ?? 'no reason given'));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(new Error(`radio link closed before dispatch acknowledged ${correlationId}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no acknowledgement for ${correlationId} after ${timeoutMs} ms`));
    }, timeoutMs);

    dispatchRadio.on('message', onMessage);
    dispatchRadio.on('error', onError);
    dispatchRadio.on('close', onClose);
    dispatchRadio.transmit({ correlationId, payload: encodeReport(report) });
  });
}

export async function reportSmoke(report: SmokeReport, attempts = 3): Promise<string> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await transmitAndAwaitAck(report, 8_000 * attempt);
    } catch (err) {
      if (err instanceof DispatchNackError) throw err;
      lastError = err;
    }
  }
  throw new Error(`smoke report from ${report.towerId} not delivered after ${attempts} attempts`, {
    cause: lastError,
  });
}
