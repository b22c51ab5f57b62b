// expect: none
// In-flight logger fetches are kept as promises on purpose so concurrent callers share them; every consumer awaits before using a reading.
export interface LoggerReading {
  loggerId: string;
  minC: number;
  maxC: number;
  lastSeen: string;
}

export interface Shipment {
  id: string;
  product: string;
  loggers: string[];
  rangeC: [number, number];
}

declare const notifier: {
  excursion(shipmentId: string, detail: string): Promise<void>;
};

export class ColdChainTracker {
  private readonly inflight = new Map<string, Promise<LoggerReading>>();

  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs = 8_000,
  ) {}

  getReading(loggerId: string): Promise<LoggerReading> {
    const pending = this.inflight.get(loggerId);
    if (pending) return pending;

    const request = fetch(`${this.baseUrl}/loggers/${encodeURIComponent(loggerId)}/summary`, {
      signal: AbortSignal.timeout(this.timeoutMs),
    })
      .then(async (res) => {
        if (!res.ok) throw new Error(`logger ${loggerId}: HTTP ${res.status}`);
        return (await res.json()) as LoggerReading;
      })
      .finally(() => this.inflight.delete(loggerId));

    this.inflight.set(loggerId, request);
    return request;
  }

  async checkShipment(shipment: Shipment): Promise<string[]> {
    const [low, high] = shipment.rangeC;
    const readings = await Promise.all(shipment.loggers.map((id) => this.getReading(id)));

    const excursions = readings
      .filter((r) => r.minC < low || r.maxC > high)
      .map((r) => `${r.loggerId} saw ${r.minC.toFixed(1)}..${r.maxC.toFixed(1)} °C (allowed ${low}..${high})`);

    if (excursions.length > 0) {
      await notifier.excursion(shipment.id, `${shipment.product}: ${excursions.join('; ')}`);
    }
    return excursions;
  }

  async sweep(shipments: Shipment[]): Promise<Map<string, string[] | Error>> {
    const outcome = new Map<string, string[] | Error>();
    const tasks: Promise<void>[] = [];

    for (const shipment of shipments) {
      tasks.push(
        this.checkShipment(shipment).then(
          (found) => void outcome.set(shipment.id, found),
          (err: unknown) => void outcome.set(shipment.id, err instanceof Error ? err : new Error(String(err))),
        ),
      );
    }

    await Promise.all(tasks);
    return outcome;
  }
}
