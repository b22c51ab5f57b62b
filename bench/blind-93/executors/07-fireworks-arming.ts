// expect: none
// The 'armed' listener is async but wraps its await in try/catch that rejects; cleanup() runs before any settle so nothing can fire twice.
import { EventEmitter } from 'node:events';

export interface ArmedEvent {
  cueId: string;
  rail: number;
  pins: number[];
}

export interface FaultEvent {
  cueId: string;
  code: 'OPEN_CIRCUIT' | 'LOW_BATTERY' | 'KEY_OFF';
}

export interface ArmReceipt {
  cueId: string;
  rail: number;
  ohms: number[];
  armedAt: Date;
}

export interface FiringPanel extends EventEmitter {
  send(command: { type: 'arm' | 'disarm'; cueId: string }): void;
  checkContinuity(cueId: string): Promise<{ ok: boolean; ohms: number[] }>;
}

export function armCue(panel: FiringPanel, cueId: string, timeoutMs = 3_000): Promise<ArmReceipt> {
  return new Promise<ArmReceipt>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`panel did not confirm arming of ${cueId} within ${timeoutMs}ms`));
    }, timeoutMs);

    const onArmed = async (event: ArmedEvent) => {
      if (event.cueId !== cueId) return;
      cleanup();
      try {
        const continuity = await panel.checkContinuity(cueId);
        if (!continuity.ok) {
          panel.send({ type: 'disarm', cueId });
          reject(new Error(`cue ${cueId} failed continuity: ${continuity.ohms.join(', ')} ohm`));
          return;
        }
        resolve({ cueId, rail: event.rail, ohms: continuity.ohms, armedAt: new Date() });
      } catch (err) {
        reject(err);
      }
    };

    const onFault = (fault: FaultEvent) => {
      if (fault.cueId !== cueId) return;
      cleanup();
      reject(new Error(`panel fault ${fault.code} while arming ${cueId}`));
    };

    function cleanup(): void {
      clearTimeout(timer);
      panel.off('armed', onArmed);
      panel.off('fault', onFault);
    }

    panel.on('armed', onArmed);
    panel.on('fault', onFault);

    try {
      panel.send({ type: 'arm', cueId });
    } catch (err) {
      cleanup();
      reject(err);
    }
  });
}

export async function armSequence(panel: FiringPanel, cues: string[]): Promise<ArmReceipt[]> {
  const receipts: ArmReceipt[] = [];
  for (const cueId of cues) {
    receipts.push(await armCue(panel, cueId));
  }
  return receipts;
}
