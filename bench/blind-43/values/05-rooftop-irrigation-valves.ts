// expect: none
// Promises live in an in-flight map on purpose; ?? and the truthiness test choose between promise-or-undefined values, and everything logged or sent is awaited first.
export interface ValveState {
  valveId: string;
  open: boolean;
  flowLitresPerMin: number;
  pressureKpa: number;
}

export interface FlushReport {
  bed: string;
  valves: ValveState[];
  totalFlow: number;
  lowPressure: string[];
}

declare const valveBus: {
  query(valveId: string): Promise<ValveState>;
  open(valveId: string, seconds: number): Promise<ValveState>;
};
declare const greenhouseLog: {
  info(message: string): void;
};
declare const dashboard: {
  push(topic: string, payload: Record<string, unknown>): Promise<void>;
};

const MIN_PRESSURE_KPA = 140;

export class ValveReader {
  private readonly inflight = new Map<string, Promise<ValveState>>();

  read(valveId: string): Promise<ValveState> {
    const existing = this.inflight.get(valveId);
    if (existing) return existing;
    const request = valveBus.query(valveId).finally(() => this.inflight.delete(valveId));
    this.inflight.set(valveId, request);
    return request;
  }

  async readOrOpen(valveId: string, seconds: number): Promise<ValveState> {
    const state = await (this.inflight.get(valveId) ?? valveBus.open(valveId, seconds));
    return state.open ? state : valveBus.open(valveId, seconds);
  }
}

export async function flushBed(bed: string, valveIds: string[], reader: ValveReader, seconds = 45): Promise<FlushReport> {
  const valves = await Promise.all(valveIds.map((valveId) => reader.readOrOpen(valveId, seconds)));

  const totalFlow = valves.reduce((sum, v) => sum + (v.open ? v.flowLitresPerMin : 0), 0);
  const lowPressure = valves.filter((v) => v.pressureKpa < MIN_PRESSURE_KPA).map((v) => v.valveId);
  greenhouseLog.info(`bed ${bed}: ${valves.length} valves, ${totalFlow.toFixed(1)} L/min, ${lowPressure.length} low`);

  const report: FlushReport = { bed, valves, totalFlow, lowPressure };
  await dashboard.push('irrigation/flush', { ...report, at: new Date().toISOString() });
  return report;
}

export async function pressureSummary(valveIds: string[], reader: ValveReader): Promise<string> {
  const states = await Promise.all(valveIds.map((id) => reader.read(id)));
  const worst = states.reduce<ValveState | undefined>(
    (min, s) => (min === undefined || s.pressureKpa < min.pressureKpa ? s : min),
    undefined,
  );
  return worst ? `lowest pressure ${worst.pressureKpa} kPa at ${worst.valveId}` : 'no valves reported';
}
