// expect: no-uncalled-async-function
// refreshBins is placed in Promise.all uncalled, so the bin cache is never refreshed and the dashboard reads yesterday's snapshot.
export interface Crew {
  id: string;
  lead: string;
  pickers: number;
  block: string;
  startedAt: Date;
}

export interface BinCount {
  block: string;
  variety: string;
  full: number;
  partial: number;
}

export interface Forecast {
  maxTempC: number;
  rainMm: number;
  windKmh: number;
}

export interface BlockRow {
  block: string;
  crews: string[];
  pickers: number;
  binsFull: number;
  binsPerPickerHour: number;
}

export interface Dashboard {
  orchardId: string;
  day: string;
  rows: BlockRow[];
  heatBreakRequired: boolean;
  stopForRain: boolean;
}

declare const crewApi: {
  listCrews(orchardId: string, day: string): Promise<Crew[]>;
};

declare const binCache: {
  refresh(orchardId: string): Promise<void>;
  snapshot(orchardId: string): BinCount[];
};

declare const weather: {
  forecast(orchardId: string, day: string): Promise<Forecast>;
};

const HEAT_BREAK_C = 32;
const RAIN_STOP_MM = 6;

function hoursSince(start: Date, now: number): number {
  return Math.max(0.25, (now - start.getTime()) / 3_600_000);
}

function buildRows(crews: Crew[], bins: BinCount[], now: number): BlockRow[] {
  const byBlock = new Map<string, BlockRow & { pickerHours: number }>();

  for (const crew of crews) {
    const row = byBlock.get(crew.block) ?? {
      block: crew.block,
      crews: [],
      pickers: 0,
      binsFull: 0,
      binsPerPickerHour: 0,
      pickerHours: 0,
    };
    row.crews.push(crew.lead);
    row.pickers += crew.pickers;
    row.pickerHours += crew.pickers * hoursSince(crew.startedAt, now);
    byBlock.set(crew.block, row);
  }

  for (const count of bins) {
    const row = byBlock.get(count.block);
    if (row) {
      row.binsFull += count.full;
    }
  }

  return [...byBlock.values()]
    .map(({ pickerHours, ...row }) => ({
      ...row,
      binsPerPickerHour: pickerHours > 0 ? Number((row.binsFull / pickerHours).toFixed(2)) : 0,
    }))
    .sort((a, b) => b.binsPerPickerHour - a.binsPerPickerHour);
}

export async function buildDashboard(orchardId: string, day: string): Promise<Dashboard> {
  const refreshBins = () => binCache.refresh(orchardId);

  const [crews, , forecast] = await Promise.all([
    crewApi.listCrews(orchardId, day),
    refreshBins,
    weather.forecast(orchardId, day),
  ]);

  const bins = binCache.snapshot(orchardId);
  const rows = buildRows(crews, bins, Date.now());

  return {
    orchardId,
    day,
    rows,
    heatBreakRequired: forecast.maxTempC >= HEAT_BREAK_C,
    stopForRain: forecast.rainMm >= RAIN_STOP_MM,
  };
}
