// expect: no-promise-as-value
// buildCrewSheet interpolates the async describePressure() into the sheet line without awaiting, so every line prints "[object Promise]" instead of the gauge reading.
export interface ParadeBalloon {
  id: string;
  character: string;
  handlers: number;
  heightM: number;
  chambers: string[];
}

export interface CrewSheet {
  paradeDate: string;
  lines: string[];
  totalHandlers: number;
  grounded: string[];
}

declare const gaugeNet: {
  readKpa(chamberId: string): Promise<number>;
};

declare const windService: {
  sustainedKmh(route: string): Promise<number>;
};

const MIN_KPA = 1.4;
const MAX_WIND_FOR_HEIGHT: Array<[number, number]> = [
  [10, 40],
  [15, 35],
  [25, 25],
];

function windLimit(heightM: number): number {
  for (const [maxHeight, limit] of MAX_WIND_FOR_HEIGHT) {
    if (heightM <= maxHeight) return limit;
  }
  return 20;
}

async function describePressure(balloon: ParadeBalloon): Promise<string> {
  const readings = await Promise.all(balloon.chambers.map((c) => gaugeNet.readKpa(c)));
  const low = readings.filter((kpa) => kpa < MIN_KPA).length;
  const min = Math.min(...readings);
  return low === 0 ? `ok (min ${min.toFixed(2)} kPa)` : `${low} chamber(s) low, min ${min.toFixed(2)} kPa`;
}

export async function buildCrewSheet(
  paradeDate: string,
  route: string,
  balloons: readonly ParadeBalloon[],
): Promise<CrewSheet> {
  const windKmh = await windService.sustainedKmh(route);
  const sheet: CrewSheet = { paradeDate, lines: [], totalHandlers: 0, grounded: [] };

  const ordered = [...balloons].sort((a, b) => b.heightM - a.heightM);
  for (const balloon of ordered) {
    if (windKmh > windLimit(balloon.heightM)) {
      sheet.grounded.push(balloon.character);
      sheet.lines.push(`${balloon.character.padEnd(24)} GROUNDED (wind ${windKmh} km/h)`);
      continue;
    }
    sheet.totalHandlers += balloon.handlers;
    sheet.lines.push(
      `${balloon.character.padEnd(24)} ${String(balloon.handlers).padStart(3)} handlers  ` +
        `${balloon.heightM}m  pressure: ${describePressure(balloon)}`,
    );
  }
  return sheet;
}

export function renderSheet(sheet: CrewSheet): string {
  const header = `Parade crew sheet - ${sheet.paradeDate}`;
  const footer = [
    `Total handlers: ${sheet.totalHandlers}`,
    sheet.grounded.length ? `Grounded: ${sheet.grounded.join(', ')}` : 'All balloons flying',
  ];
  return [header, '='.repeat(header.length), ...sheet.lines, '', ...footer].join('\n');
}
