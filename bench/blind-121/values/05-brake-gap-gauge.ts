// expect: no-read-before-settle
// measure() sets gapMm inside a socket 'data' listener and then builds its result from gapMm synchronously, before the gauge's reply can have arrived, so it always reports NaN.
import { Socket } from 'node:net';
import { once } from 'node:events';

export interface BrakeGapCheck {
  rideId: string;
  fin: number;
  gapMm: number;
  withinSpec: boolean;
}

export interface GaugeSpec {
  minMm: number;
  maxMm: number;
}

const DEFAULT_SPEC: GaugeSpec = { minMm: 2.0, maxMm: 4.5 };

export class BrakeGapGauge {
  private constructor(
    private readonly socket: Socket,
    private readonly spec: GaugeSpec,
  ) {}

  static async open(host: string, port: number, spec: GaugeSpec = DEFAULT_SPEC): Promise<BrakeGapGauge> {
    const socket = new Socket();
    socket.setEncoding('ascii');
    socket.connect(port, host);
    await once(socket, 'connect');
    return new BrakeGapGauge(socket, spec);
  }

  measure(rideId: string, fin: number): BrakeGapCheck {
    let gapMm = Number.NaN;
    this.socket.once('data', (line: string) => {
      const m = /^GAP\s+(\d+)\s+([\d.]+)/.exec(line.trim());
      if (m && Number(m[1]) === fin) gapMm = Number(m[2]);
    });
    this.socket.write(`MEASURE ${fin}\r\n`);

    return {
      rideId,
      fin,
      gapMm,
      withinSpec: gapMm >= this.spec.minMm && gapMm <= this.spec.maxMm,
    };
  }

  close(): void {
    this.socket.end();
  }
}

export async function inspectBrakeRun(host: string, rideId: string, fins: number[]): Promise<BrakeGapCheck[]> {
  const gauge = await BrakeGapGauge.open(host, 5020);
  try {
    const checks = fins.map((fin) => gauge.measure(rideId, fin));
    const bad = checks.filter((c) => !c.withinSpec);
    if (bad.length > 0) {
      console.warn(`${rideId}: ${bad.length} brake fins out of spec: ${bad.map((c) => c.fin).join(', ')}`);
    }
    return checks;
  } finally {
    gauge.close();
  }
}
