// expect: no-unchecked-settled-results
// Bug: allSettled results are reduced to fulfilled values only; loggers whose download rejected silently vanish from the compliance report.
export interface LoggerReading {
  at: Date;
  celsius: number;
}

export interface LoggerDump {
  loggerId: string;
  shipmentId: string;
  readings: LoggerReading[];
}

export interface Excursion {
  loggerId: string;
  shipmentId: string;
  from: Date;
  to: Date;
  peakCelsius: number;
}

export interface ComplianceReport {
  consignment: string;
  loggersChecked: number;
  excursions: Excursion[];
  compliant: boolean;
}

declare const gateway: {
  downloadLogger(loggerId: string, opts: { signal: AbortSignal }): Promise<LoggerDump>;
};

const RANGE = { min: 2, max: 8 } as const;
const TOLERATED_MINUTES = 15;

function findExcursions(dump: LoggerDump): Excursion[] {
  const out: Excursion[] = [];
  let start: LoggerReading | undefined;
  let peak = 0;

  const close = (end: LoggerReading) => {
    if (!start) return;
    const minutes = (end.at.getTime() - start.at.getTime()) / 60_000;
    if (minutes >= TOLERATED_MINUTES) {
      out.push({ loggerId: dump.loggerId, shipmentId: dump.shipmentId, from: start.at, to: end.at, peakCelsius: peak });
    }
    start = undefined;
  };

  for (const r of dump.readings) {
    const outside = r.celsius < RANGE.min || r.celsius > RANGE.max;
    if (outside) {
      if (!start) {
        start = r;
        peak = r.celsius;
      } else if (Math.abs(r.celsius - 5) > Math.abs(peak - 5)) {
        peak = r.celsius;
      }
    } else {
      close(r);
    }
  }
  const last = dump.readings.at(-1);
  if (last) close(last);
  return out;
}

async function mapSettled<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  return Promise.allSettled(items.map((item) => fn(item)));
}

export async function auditConsignment(consignment: string, loggerIds: readonly string[], timeoutMs = 20_000): Promise<ComplianceReport> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);

  try {
    const settled = await mapSettled(loggerIds, (id) => gateway.downloadLogger(id, { signal: controller.signal }));

    const dumps = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const excursions = dumps.flatMap(findExcursions);

    return {
      consignment,
      loggersChecked: dumps.length,
      excursions,
      compliant: excursions.length === 0,
    };
  } finally {
    clearTimeout(timer);
  }
}
