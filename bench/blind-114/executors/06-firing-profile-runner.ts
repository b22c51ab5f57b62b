// expect: no-multiple-settle
// The exit handler only settles for exit codes 0 and 2, so any other exit code or a signal kill (code null) leaves the firing promise pending forever.
import { spawn } from 'node:child_process';

export interface FiringSegment {
  rampCPerHour: number;
  targetC: number;
  holdMinutes: number;
}

export interface FiringLog {
  profile: string;
  peakC: number;
  durationMinutes: number;
  segmentsCompleted: number;
}

const PROGRESS = /^T=(\d+(?:\.\d+)?)\s+t=(\d+)\s+seg=(\d+)/;

export class KilnController {
  private running = false;

  constructor(
    private readonly controllerBin: string,
    private readonly serialPort: string,
  ) {}

  get busy(): boolean {
    return this.running;
  }

  runProfile(name: string, segments: FiringSegment[]): Promise<FiringLog> {
    if (this.running) return Promise.reject(new Error('kiln is already firing'));
    this.running = true;

    return new Promise<FiringLog>((resolve, reject) => {
      const child = spawn(this.controllerBin, ['--port', this.serialPort, '--profile', name], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });

      let peak = 0;
      let minutes = 0;
      let completed = 0;
      let partial = '';

      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        partial += chunk;
        const lines = partial.split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) {
          const m = PROGRESS.exec(line);
          if (!m) continue;
          peak = Math.max(peak, Number(m[1]));
          minutes = Number(m[2]);
          completed = Math.max(completed, Number(m[3]) - 1);
        }
      });

      child.on('error', (err) => {
        this.running = false;
        reject(err);
      });

      child.on('exit', (code) => {
        this.running = false;
        if (code === 0) {
          resolve({ profile: name, peakC: peak, durationMinutes: minutes, segmentsCompleted: segments.length });
        } else if (code === 2) {
          reject(new Error(`thermocouple fault during segment ${completed + 1} of ${name} (peak ${peak}C)`));
        }
      });

      const program = segments.map((s) => `${s.rampCPerHour} ${s.targetC} ${s.holdMinutes}`).join('\n');
      child.stdin.end(program + '\n');
    });
  }
}

export function bisqueProfile(): FiringSegment[] {
  return [
    { rampCPerHour: 80, targetC: 600, holdMinutes: 0 },
    { rampCPerHour: 150, targetC: 1000, holdMinutes: 10 },
  ];
}
