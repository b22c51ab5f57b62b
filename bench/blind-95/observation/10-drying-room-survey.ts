// expect: none
// Every sensor read is started up front but immediately wrapped with .then(onFulfilled, onRejected), so the stored promises can never reject and awaiting them one by one in rack order leaves no rejection unobserved.
export interface MoistureReading {
  rack: string;
  species: 'spruce' | 'maple' | 'willow' | 'ebony';
  percent: number;
  tempC: number;
}

export interface RackSensor {
  rack: string;
  read(): Promise<MoistureReading>;
}

type Outcome = { rack: string; ok: true; reading: MoistureReading } | { rack: string; ok: false; error: string };

const TARGET: Record<MoistureReading['species'], [number, number]> = {
  spruce: [6, 8],
  maple: [6, 9],
  willow: [7, 10],
  ebony: [8, 12],
};

function verdict(r: MoistureReading): string {
  const [lo, hi] = TARGET[r.species];
  if (r.percent < lo) return 'too dry – risk of checking';
  if (r.percent > hi) return 'keep seasoning';
  return 'ready for carving';
}

export async function surveyDryingRoom(sensors: RackSensor[], print: (line: string) => void): Promise<number> {
  const outcomes: Promise<Outcome>[] = sensors.map((sensor) =>
    sensor.read().then(
      (reading): Outcome => ({ rack: sensor.rack, ok: true, reading }),
      (err: unknown): Outcome => ({ rack: sensor.rack, ok: false, error: err instanceof Error ? err.message : String(err) }),
    ),
  );

  let ready = 0;
  print('Rack  Species  Moisture  Verdict');
  for (const pending of outcomes) {
    const outcome = await pending;
    if (!outcome.ok) {
      print(`${outcome.rack.padEnd(5)} sensor error: ${outcome.error}`);
      continue;
    }
    const r = outcome.reading;
    const v = verdict(r);
    if (v === 'ready for carving') ready += 1;
    print(`${r.rack.padEnd(5)} ${r.species.padEnd(8)} ${r.percent.toFixed(1).padStart(5)}%   ${v}`);
  }
  return ready;
}
