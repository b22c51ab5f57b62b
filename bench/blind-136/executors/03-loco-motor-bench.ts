// expect: no-multiple-settle
// The watchdog timer is only cleared on socket error, so after a successful reply it still fires later, destroys the socket and rejects an already-resolved promise.
import { connect } from 'node:net';

export interface BenchReading {
  locoId: string;
  voltage: number;
  currentMa: number;
  rpm: number;
  brushNoise: 'low' | 'medium' | 'high';
}

const NOISE_LEVELS = new Set(['low', 'medium', 'high']);

function parseReading(locoId: string, voltage: number, line: string): BenchReading | null {
  // Bench firmware answers: "OK <currentMa> <rpm> <noise>"
  const match = /^OK\s+(\d+(?:\.\d+)?)\s+(\d+)\s+(\w+)$/.exec(line);
  if (!match || !NOISE_LEVELS.has(match[3])) return null;
  return {
    locoId,
    voltage,
    currentMa: Number(match[1]),
    rpm: Number(match[2]),
    brushNoise: match[3] as BenchReading['brushNoise'],
  };
}

export class MotorTestBench {
  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly timeoutMs = 4_000,
  ) {}

  measure(locoId: string, voltage: number): Promise<BenchReading> {
    return new Promise<BenchReading>((resolve, reject) => {
      const socket = connect(this.port, this.host);
      let buffer = '';

      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`motor bench gave no answer for ${locoId} within ${this.timeoutMs}ms`));
      }, this.timeoutMs);

      socket.setEncoding('utf8');
      socket.once('connect', () => {
        socket.write(`RUN ${locoId} ${voltage.toFixed(1)}\n`);
      });

      socket.on('data', (chunk: string) => {
        buffer += chunk;
        const nl = buffer.indexOf('\n');
        if (nl === -1) return;
        const line = buffer.slice(0, nl).trim();
        socket.end();
        const reading = parseReading(locoId, voltage, line);
        if (reading) resolve(reading);
        else reject(new Error(`unexpected bench reply for ${locoId}: ${line}`));
      });

      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  async sweep(locoId: string, voltages: number[]): Promise<BenchReading[]> {
    const readings: BenchReading[] = [];
    for (const v of voltages) {
      readings.push(await this.measure(locoId, v));
    }
    return readings;
  }

  static needsRebrushing(readings: BenchReading[]): boolean {
    const noisy = readings.filter((r) => r.brushNoise === 'high').length;
    return noisy >= Math.ceil(readings.length / 2);
  }
}
