// expect: none
// Functions are passed only where a function is wanted (map callback, retry factory, strategy list) and each is called; every promise-expecting slot receives a call.
export interface CableSegment {
  segmentId: string;
  startKm: number;
  endKm: number;
  repeaterId?: string;
}

export interface ProbeResult {
  segmentId: string;
  insulationMohm: number;
  reflectionKm?: number;
}

export interface FaultEstimate {
  method: 'resistance' | 'otdr';
  km: number;
  confidence: number;
}

type LocatorStrategy = (cableId: string, probes: ProbeResult[]) => Promise<FaultEstimate | null>;

declare const shipLab: {
  probe(segmentId: string): Promise<ProbeResult>;
  otdrTrace(cableId: string, fromKm: number): Promise<{ reflectionKm: number; lossDb: number }>;
  bridgeMeasurement(cableId: string): Promise<{ ohmsToFault: number; ohmsPerKm: number }>;
};

async function retry<T>(operation: () => Promise<T>, attempts: number, pauseMs: number): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      await new Promise<void>((resolve) => setTimeout(resolve, pauseMs));
    }
  }
  throw lastError;
}

function probeSegment(segment: CableSegment): Promise<ProbeResult> {
  return retry(() => shipLab.probe(segment.segmentId), 3, 2_000);
}

const byResistance: LocatorStrategy = async (cableId) => {
  const bridge = await shipLab.bridgeMeasurement(cableId);
  if (bridge.ohmsPerKm <= 0) return null;
  return { method: 'resistance', km: bridge.ohmsToFault / bridge.ohmsPerKm, confidence: 0.6 };
};

const byOtdr: LocatorStrategy = async (cableId, probes) => {
  const suspect = probes.reduce((worst, p) => (p.insulationMohm < worst.insulationMohm ? p : worst));
  const fromKm = suspect.reflectionKm ?? 0;
  const trace = await retry(() => shipLab.otdrTrace(cableId, fromKm), 2, 5_000);
  if (trace.lossDb < 0.5) return null;
  return { method: 'otdr', km: trace.reflectionKm, confidence: 0.9 };
};

export class FaultLocator {
  private readonly strategies: LocatorStrategy[] = [byOtdr, byResistance];

  constructor(private readonly cableId: string, private readonly segments: CableSegment[]) {}

  async probeAll(): Promise<ProbeResult[]> {
    return Promise.all(this.segments.map(probeSegment));
  }

  async locate(): Promise<FaultEstimate> {
    const probes = await this.probeAll();
    const suspicious = probes.filter((p) => p.insulationMohm < 100);
    if (suspicious.length === 0) {
      throw new Error(`cable ${this.cableId} shows no insulation fault`);
    }
    for (const strategy of this.strategies) {
      const estimate = await strategy(this.cableId, suspicious);
      if (estimate) return estimate;
    }
    throw new Error(`no strategy could place the fault on ${this.cableId}`);
  }

  async repairWindow(shipSpeedKnots: number): Promise<{ estimate: FaultEstimate; hoursToSite: number }> {
    const estimate = await this.locate();
    const hoursToSite = estimate.km / (shipSpeedKnots * 1.852);
    return { estimate, hoursToSite: Math.round(hoursToSite * 10) / 10 };
  }
}
