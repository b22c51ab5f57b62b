// expect: none
// The ack timeout is cleared on every other outcome and each path detaches all three listeners before settling, so a late ack, a fault after the timeout or a radio error can never settle the activation a second time.
import { EventEmitter } from 'node:events';

export interface SirenAck {
  sirenId: string;
  rotationOk: boolean;
  decibels: number;
}

export interface SirenFault {
  sirenId: string;
  code: 'NO_POWER' | 'ROTOR_STALL' | 'AMP_FAIL';
}

/** Radio link to the siren controllers; emits 'ack', 'fault' and 'error'. */
export interface SirenRadio extends EventEmitter {
  send(sirenId: string, command: 'GROWL' | 'FULL' | 'CANCEL'): void;
}

export class SirenTimeout extends Error {
  constructor(readonly sirenId: string, readonly waitedMs: number) {
    super(`siren ${sirenId} did not acknowledge within ${waitedMs}ms`);
    this.name = 'SirenTimeout';
  }
}

export function growlTest(radio: SirenRadio, sirenId: string, ackTimeoutMs = 8_000): Promise<SirenAck> {
  return new Promise<SirenAck>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      radio.off('ack', onAck);
      radio.off('fault', onFault);
      radio.off('error', onError);
    };

    const onAck = (ack: SirenAck) => {
      if (ack.sirenId !== sirenId) return;
      cleanup();
      resolve(ack);
    };
    const onFault = (fault: SirenFault) => {
      if (fault.sirenId !== sirenId) return;
      cleanup();
      reject(new Error(`siren ${sirenId} reported ${fault.code}`));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };

    const timer = setTimeout(() => {
      cleanup();
      radio.send(sirenId, 'CANCEL');
      reject(new SirenTimeout(sirenId, ackTimeoutMs));
    }, ackTimeoutMs);

    radio.on('ack', onAck);
    radio.on('fault', onFault);
    radio.on('error', onError);
    try {
      radio.send(sirenId, 'GROWL');
    } catch (err) {
      cleanup();
      reject(err as Error);
    }
  });
}

export async function monthlyGrowlTest(radio: SirenRadio, sirenIds: string[]): Promise<Map<string, string>> {
  const results = new Map<string, string>();
  for (const id of sirenIds) {
    try {
      const ack = await growlTest(radio, id);
      results.set(id, ack.rotationOk ? `ok ${ack.decibels}dB` : 'rotation fault');
    } catch (err) {
      results.set(id, (err as Error).message);
    }
  }
  return results;
}
