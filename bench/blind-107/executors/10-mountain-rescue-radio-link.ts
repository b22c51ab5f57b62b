// expect: no-multiple-settle
// sendWithAck uses an async executor that awaits tuneChannel before wiring up any settle path, so a tuning failure becomes an unhandled rejection and the returned promise never settles, stalling the callout.
import { EventEmitter } from 'node:events';

export type Priority = 'routine' | 'urgent' | 'mayday';

export interface RadioFrame {
  seq: number;
  from: string;
  to: string;
  priority: Priority;
  text: string;
}

export interface Ack {
  seq: number;
  from: string;
  rssiDbm: number;
}

export interface Transceiver extends EventEmitter {
  readonly callsign: string;
  tuneChannel(channel: number): Promise<void>;
  transmit(frame: RadioFrame): void;
}

export class RadioLink {
  private seq = 0;

  constructor(private readonly radio: Transceiver, private readonly ackTimeoutMs = 6_000) {}

  sendWithAck(channel: number, to: string, text: string, priority: Priority = 'routine'): Promise<Ack> {
    const seq = ++this.seq;
    return new Promise<Ack>(async (resolve, reject) => {
      await this.radio.tuneChannel(channel);

      const cleanup = () => {
        clearTimeout(timer);
        this.radio.off('ack', onAck);
        this.radio.off('error', onError);
      };
      const onAck = (ack: Ack) => {
        if (ack.seq !== seq || ack.from !== to) return;
        cleanup();
        resolve(ack);
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`${to} did not acknowledge #${seq} on ch${channel}`));
      }, this.ackTimeoutMs);

      this.radio.on('ack', onAck);
      this.radio.on('error', onError);
      this.radio.transmit({ seq, from: this.radio.callsign, to, priority, text });
    });
  }
}

export async function callOutTeam(link: RadioLink, members: string[], grid: string): Promise<Ack[]> {
  const acks: Ack[] = [];
  for (const member of members) {
    acks.push(await link.sendWithAck(16, member, `CALLOUT grid ${grid} muster at base`, 'urgent'));
  }
  return acks;
}
