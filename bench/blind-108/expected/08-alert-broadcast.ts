// expect: no-reused-settled-promise
// The "retry" inside .catch waits and then returns the same already-rejected `transmission` promise, so no second broadcast is ever keyed up and a dropped radio link fails the all-call after a pointless delay.
import { setTimeout as sleep } from 'node:timers/promises';

export type AlertTone = 'attack' | 'alert' | 'all-clear' | 'test';

export interface AlertMessage {
  tone: AlertTone;
  zones: string[];
  durationSec: number;
  issuedBy: string;
}

export interface RadioEncoder {
  broadcast(frame: Uint8Array): Promise<{ acked: string[] }>;
}

export interface AuditTrail {
  record(entry: { message: AlertMessage; acked: string[]; attempts: number; at: string }): void;
}

const TONE_CODES: Record<AlertTone, number> = { attack: 0x11, alert: 0x22, 'all-clear': 0x33, test: 0x7f };
const RETRY_DELAY_MS = 1_500;

export function encodeFrame(msg: AlertMessage): Uint8Array {
  const zoneBytes = new TextEncoder().encode(msg.zones.join(','));
  const frame = new Uint8Array(4 + zoneBytes.length);
  frame[0] = 0xa5;
  frame[1] = TONE_CODES[msg.tone];
  frame[2] = Math.min(255, msg.durationSec);
  frame[3] = zoneBytes.length;
  frame.set(zoneBytes, 4);
  return frame;
}

export class AlertBroadcaster {
  constructor(private readonly encoder: RadioEncoder, private readonly audit: AuditTrail) {}

  async send(message: AlertMessage): Promise<string[]> {
    if (message.zones.length === 0) throw new Error('alert has no target zones');
    const frame = encodeFrame(message);
    let attempts = 1;

    const transmission = this.encoder.broadcast(frame);
    const { acked } = await transmission.catch(async (err: unknown) => {
      console.warn(`broadcast failed (${(err as Error).message}), retrying in ${RETRY_DELAY_MS}ms`);
      await sleep(RETRY_DELAY_MS);
      attempts++;
      return transmission;
    });

    this.audit.record({ message, acked, attempts, at: new Date().toISOString() });
    const missing = message.zones.filter((z) => !acked.includes(z));
    if (missing.length > 0 && message.tone !== 'test') {
      throw new Error(`zones ${missing.join(', ')} did not acknowledge the ${message.tone} tone`);
    }
    return acked;
  }
}
