// expect: none
// runFanCtl listens for both 'error' and 'close' and settles through a single guarded function, so a spawn failure, a non-zero exit or a clean exit each settle the promise exactly once.
import { spawn } from 'node:child_process';

export type EngineState = 'off' | 'warming' | 'running' | 'fault';

export interface FanState {
  fanId: string;
  rpm: number;
  bladePitchDeg: number;
  engine: EngineState;
}

export class FrostFanController {
  constructor(
    private readonly binary = '/usr/local/bin/fanctl',
    private readonly timeoutMs = 15_000,
  ) {}

  private runFanCtl(args: string[]): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const child = spawn(this.binary, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: this.timeoutMs,
      });
      let stdout = '';
      let stderr = '';
      let settled = false;
      const settle = (err: Error | null) => {
        if (settled) return;
        settled = true;
        if (err) reject(err);
        else resolve(stdout);
      };
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
      });
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
      });
      child.on('error', (err) => settle(err));
      child.on('close', (code, signal) => {
        if (code === 0) settle(null);
        else settle(new Error(`fanctl ${args[0]} exited with ${code ?? signal}: ${stderr.trim()}`));
      });
    });
  }

  async status(fanId: string): Promise<FanState> {
    const out = await this.runFanCtl(['status', '--json', fanId]);
    const raw = JSON.parse(out) as { id: string; rpm: number; pitch: number; engine: EngineState };
    return { fanId: raw.id, rpm: raw.rpm, bladePitchDeg: raw.pitch, engine: raw.engine };
  }

  async start(fanId: string, targetRpm = 590): Promise<FanState> {
    await this.runFanCtl(['start', fanId, '--rpm', String(targetRpm)]);
    return this.status(fanId);
  }

  async stop(fanId: string): Promise<void> {
    await this.runFanCtl(['stop', fanId]);
  }

  /** Starts fans one after another so the diesel generators are not all cranked at once. */
  async startBlock(fanIds: string[], targetRpm?: number): Promise<FanState[]> {
    const states: FanState[] = [];
    for (const id of fanIds) {
      states.push(await this.start(id, targetRpm));
    }
    return states;
  }
}
