// expect: none
// Startup calls radio.open() and gps.fix() inside Promise.all, and shutdown keeps its steps as arrow thunks that it invokes with `await step()`, so every device is really opened and really closed.
import { EventEmitter } from 'node:events';

export interface BaseRadio {
  open(channel: number): Promise<void>;
  close(): Promise<void>;
}

export interface GpsUnit {
  fix(): Promise<{ lat: number; lon: number; sats: number }>;
  stop(): Promise<void>;
}

export interface IncidentLog {
  append(line: string): Promise<void>;
  flush(): Promise<void>;
}

export class BaseStation extends EventEmitter {
  private running = false;

  constructor(
    private readonly radio: BaseRadio,
    private readonly gps: GpsUnit,
    private readonly log: IncidentLog,
    private readonly channel = 16,
  ) {
    super();
  }

  async start(): Promise<void> {
    if (this.running) return;
    const [, position] = await Promise.all([this.radio.open(this.channel), this.gps.fix()]);
    this.running = true;
    await this.log.append(`base up on ch${this.channel} at ${position.lat.toFixed(5)},${position.lon.toFixed(5)} (${position.sats} sats)`);
    this.emit('ready', position);
  }

  async shutdown(reason: string): Promise<string[]> {
    if (!this.running) return [];
    this.running = false;
    const steps: Array<[string, () => Promise<void>]> = [
      ['log', () => this.log.append(`base down: ${reason}`)],
      ['flush', () => this.log.flush()],
      ['radio', () => this.radio.close()],
      ['gps', () => this.gps.stop()],
    ];
    const problems: string[] = [];
    for (const [name, step] of steps) {
      try {
        await step();
      } catch (err) {
        problems.push(`${name}: ${(err as Error).message}`);
      }
    }
    this.emit('stopped', { reason, problems });
    return problems;
  }
}

export function installSignalHandlers(base: BaseStation, exit: (code: number) => void): () => void {
  const onSignal = (sig: NodeJS.Signals) => {
    base.shutdown(`received ${sig}`).then(
      (problems) => exit(problems.length === 0 ? 0 : 1),
      () => exit(1),
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
