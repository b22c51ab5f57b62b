// expect: none
// The interval callback deliberately fires the async poll and attaches .catch immediately, logging instead of rethrowing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { EventEmitter } from 'node:events';

const execFileAsync = promisify(execFile);

export interface FrostAlarmOptions {
  probeBinary: string;
  blocks: string[];
  thresholdC: number;
  intervalMs: number;
  log: Pick<Console, 'info' | 'warn' | 'error'>;
}

export interface BlockTemperature {
  block: string;
  celsius: number;
}

export class FrostAlarm extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private armed = new Set<string>();

  constructor(private readonly opts: FrostAlarmOptions) {
    super();
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.poll().catch((err) => {
        this.opts.log.error('frost poll failed', err);
      });
    }, this.opts.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async readBlock(block: string): Promise<BlockTemperature> {
    const { stdout } = await execFileAsync(this.opts.probeBinary, ['--block', block, '--json'], {
      timeout: 5_000,
    });
    const parsed = JSON.parse(stdout) as { tempC: number };
    return { block, celsius: parsed.tempC };
  }

  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const temps = await Promise.all(this.opts.blocks.map((b) => this.readBlock(b)));
      for (const t of temps) {
        const freezing = t.celsius <= this.opts.thresholdC;
        if (freezing && !this.armed.has(t.block)) {
          this.armed.add(t.block);
          this.opts.log.warn(`frost risk in ${t.block}: ${t.celsius.toFixed(1)}°C`);
          this.emit('frost', t);
        } else if (!freezing && this.armed.has(t.block) && t.celsius > this.opts.thresholdC + 1.5) {
          this.armed.delete(t.block);
          this.emit('clear', t);
        }
      }
    } finally {
      this.polling = false;
    }
  }
}
