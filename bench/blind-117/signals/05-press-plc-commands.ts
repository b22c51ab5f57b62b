// expect: no-leaked-race
// withTimeout races the PLC command against a timer that is never cleared, so every command that answers in time still leaves its timeout pending until it fires.
import { EventEmitter } from 'node:events';

export type PressCommand = 'close-mold' | 'open-mold' | 'steam-on' | 'steam-off' | 'cool-on' | 'cool-off' | 'trim';

export interface PlcConnection {
  send(pressId: string, command: PressCommand): Promise<{ ack: boolean; cycleTimeMs: number }>;
}

export class PlcTimeoutError extends Error {
  constructor(readonly label: string, readonly ms: number) {
    super(`${label} did not complete within ${ms} ms`);
    this.name = 'PlcTimeoutError';
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new PlcTimeoutError(label, ms)), ms);
  });
  return Promise.race([work, timeout]);
}

const COMMAND_TIMEOUTS: Record<PressCommand, number> = {
  'close-mold': 4000,
  'open-mold': 4000,
  'steam-on': 1500,
  'steam-off': 1500,
  'cool-on': 1500,
  'cool-off': 1500,
  trim: 2500,
};

const CYCLE: Array<{ command: PressCommand; holdMs: number }> = [
  { command: 'close-mold', holdMs: 0 },
  { command: 'steam-on', holdMs: 9000 },
  { command: 'steam-off', holdMs: 0 },
  { command: 'cool-on', holdMs: 11000 },
  { command: 'cool-off', holdMs: 0 },
  { command: 'open-mold', holdMs: 0 },
  { command: 'trim', holdMs: 0 },
];

export class PressSequencer extends EventEmitter {
  private running = false;

  constructor(
    private readonly plc: PlcConnection,
    private readonly pressId: string,
  ) {
    super();
  }

  async command(command: PressCommand): Promise<number> {
    const label = `${this.pressId}:${command}`;
    const result = await withTimeout(this.plc.send(this.pressId, command), COMMAND_TIMEOUTS[command], label);
    if (!result.ack) {
      throw new Error(`${label} was not acknowledged`);
    }
    this.emit('step', command, result.cycleTimeMs);
    return result.cycleTimeMs;
  }

  async pressOneRecord(hold: (ms: number) => Promise<void>): Promise<number> {
    if (this.running) throw new Error(`Press ${this.pressId} is already cycling`);
    this.running = true;
    const started = Date.now();
    try {
      for (const step of CYCLE) {
        await this.command(step.command);
        if (step.holdMs > 0) await hold(step.holdMs);
      }
      return Date.now() - started;
    } finally {
      this.running = false;
    }
  }
}
