// expect: none
// lastAck is written by the 'message' listener and only read after `await once(port, 'message')` has resolved, i.e. after that listener has run.
import { once } from 'node:events';
import { MessageChannel, type MessagePort } from 'node:worker_threads';

export interface BerthCall {
  vessel: string;
  berth: string;
  intent: 'arrive' | 'depart' | 'shift';
}

export interface HarbourAck {
  vessel: string;
  berth: string;
  granted: boolean;
  channel: number;
  at: number;
}

declare function connectHarbourControl(port: MessagePort): void;

declare const bridgeLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class BerthRadio {
  private readonly local: MessagePort;
  private lastAck?: HarbourAck;
  private readonly acks: HarbourAck[] = [];

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.local = port1;
    connectHarbourControl(port2);
    this.local.on('message', (ack: HarbourAck) => {
      this.lastAck = ack;
      this.acks.push(ack);
    });
  }

  async call(request: BerthCall, timeoutMs = 10_000): Promise<HarbourAck> {
    this.local.postMessage(request);
    await once(this.local, 'message', { signal: AbortSignal.timeout(timeoutMs) });

    const ack = this.lastAck;
    if (!ack || ack.vessel !== request.vessel) {
      throw new Error(`harbour control did not acknowledge ${request.vessel}`);
    }
    if (!ack.granted) {
      bridgeLog.warn('berth request refused', { ...request });
    } else {
      bridgeLog.info('berth request granted', { ...request, channel: ack.channel });
    }
    return ack;
  }

  async arrive(vessel: string, berth: string): Promise<number> {
    const ack = await this.call({ vessel, berth, intent: 'arrive' });
    if (!ack.granted) throw new Error(`${vessel} may not enter ${berth} yet`);
    return ack.channel;
  }

  history(vessel?: string): HarbourAck[] {
    return vessel ? this.acks.filter((a) => a.vessel === vessel) : [...this.acks];
  }

  close(): void {
    this.local.close();
  }
}
