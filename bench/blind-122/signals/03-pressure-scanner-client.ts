// expect: no-swallowed-abort
// The catch wraps every fetch failure, including the AbortError from the caller's signal, in a plain Error, so cancellation is reported as a sensor fault.
export interface ScannerFrame {
  scannerId: string;
  timestamp: number;
  pascals: number[];
}

export interface ScannerClientOptions {
  baseUrl: string;
  scannerId: string;
  channels: number;
}

export class SensorFaultError extends Error {
  constructor(
    readonly scannerId: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SensorFaultError';
  }
}

export class PressureScannerClient {
  constructor(private readonly opts: ScannerClientOptions) {}

  async readFrame(signal: AbortSignal): Promise<ScannerFrame> {
    const url = `${this.opts.baseUrl}/scanners/${this.opts.scannerId}/frame`;
    let body: { t: number; p: number[] };
    try {
      const res = await fetch(url, { signal });
      if (!res.ok) {
        throw new Error(`HTTP ${res.status}`);
      }
      body = (await res.json()) as { t: number; p: number[] };
    } catch (err) {
      throw new SensorFaultError(
        this.opts.scannerId,
        `pressure scanner ${this.opts.scannerId} read failed: ${(err as Error).message}`,
        { cause: err },
      );
    }

    if (body.p.length !== this.opts.channels) {
      throw new SensorFaultError(
        this.opts.scannerId,
        `expected ${this.opts.channels} channels, got ${body.p.length}`,
      );
    }
    return { scannerId: this.opts.scannerId, timestamp: body.t, pascals: body.p };
  }

  async averageFrames(count: number, signal: AbortSignal): Promise<number[]> {
    const sums = new Array<number>(this.opts.channels).fill(0);
    for (let i = 0; i < count; i++) {
      const frame = await this.readFrame(signal);
      frame.pascals.forEach((p, ch) => {
        sums[ch] += p;
      });
    }
    return sums.map((s) => s / count);
  }
}

export function pressureCoefficient(p: number, staticP: number, dynamicP: number): number {
  return (p - staticP) / dynamicP;
}
