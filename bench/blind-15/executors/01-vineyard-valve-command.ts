// expect: none
// Each valve command settles exactly once: ack, nack, link close, timeout and a failed write all clear the timer and every listener first.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export type ValveAction = 'open' | 'close';

export interface ValveAck {
  zone: string;
  seq: number;
  flowLpm: number;
}
export interface ValveNack {
  zone: string;
  seq: number;
  reason: string;
}

export interface ControllerLink extends EventEmitter {
  write(line: string): void;
}

export class ValveCommandError extends Error {
  constructor(
    message: string,
    readonly zone: string,
    readonly seq: number,
  ) {
    super(message);
    this.name = 'ValveCommandError';
  }
}

export class IrrigationController {
  private seq = 0;

  constructor(
    private readonly link: ControllerLink,
    private readonly ackTimeoutMs = 4_000,
  ) {}

  command(zone: string, action: ValveAction): Promise<ValveAck> {
    const seq = ++this.seq;
    return new Promise<ValveAck>((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        this.link.off('ack', onAck);
        this.link.off('nack', onNack);
        this.link.off('close', onClose);
      };
      const onAck = (ack: ValveAck) => {
        if (ack.seq !== seq) return;
        cleanup();
        resolve(ack);
      };
      const onNack = (nack: ValveNack) => {
        if (nack.seq !== seq) return;
        cleanup();
        reject(new ValveCommandError(`zone ${zone} refused ${action}: ${nack.reason}`, zone, seq));
      };
      const onClose = () => {
        cleanup();
        reject(new ValveCommandError('controller link closed', zone, seq));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new ValveCommandError(`no ack within ${this.ackTimeoutMs}ms`, zone, seq));
      }, this.ackTimeoutMs);

      this.link.on('ack', onAck);
      this.link.on('nack', onNack);
      this.link.on('close', onClose);

      try {
        this.link.write(`VALVE ${seq} ${zone} ${action.toUpperCase()}\r\n`);
      } catch (err) {
        cleanup();
        reject(err);
      }
    });
  }

  /** Opens a zone for the given number of minutes, always attempting to close it again. */
  async runZone(zone: string, minutes: number, signal?: AbortSignal): Promise<number> {
    const opened = await this.command(zone, 'open');
    const startedAt = Date.now();
    try {
      await sleep(minutes * 60_000, undefined, { signal });
    } finally {
      await this.command(zone, 'close');
    }
    const elapsedMin = (Date.now() - startedAt) / 60_000;
    return Math.round(opened.flowLpm * elapsedMin);
  }

  async runSchedule(plan: Array<{ zone: string; minutes: number }>, signal?: AbortSignal) {
    const litres: Record<string, number> = {};
    for (const step of plan) {
      if (signal?.aborted) break;
      litres[step.zone] = (litres[step.zone] ?? 0) + (await this.runZone(step.zone, step.minutes, signal));
    }
    return litres;
  }
}
