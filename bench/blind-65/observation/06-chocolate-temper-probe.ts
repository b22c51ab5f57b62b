// expect: no-unchecked-settled-results
// The settled probe results are cast to fulfilled and spread without checking status, so a failed probe becomes a reading with no temperatures.
export interface TemperLine {
  lineId: string;
  couverture: 'dark' | 'milk' | 'white';
  probeHost: string;
}

export interface TemperReading {
  seedC: number;
  workingC: number;
  viscosityIndex: number;
  crystalIndex: number;
}

export interface LineStatus extends Partial<TemperReading> {
  lineId: string;
  couverture: TemperLine['couverture'];
  inTemper: boolean;
}

declare const probeClient: { read(host: string): Promise<TemperReading> };
declare const lineDisplay: { show(lineId: string, text: string, tone: 'ok' | 'warn' | 'stop'): void };

const WORKING_WINDOW: Record<TemperLine['couverture'], [number, number]> = {
  dark: [31, 32],
  milk: [29, 30],
  white: [27, 28],
};

function inTemper(couverture: TemperLine['couverture'], reading: Partial<TemperReading>): boolean {
  const [low, high] = WORKING_WINDOW[couverture];
  if (reading.workingC === undefined || reading.crystalIndex === undefined) return false;
  return reading.workingC >= low && reading.workingC <= high && reading.crystalIndex >= 4.5;
}

export class TemperingFloor {
  constructor(private readonly lines: TemperLine[]) {}

  async survey(): Promise<LineStatus[]> {
    const results = await Promise.allSettled(this.lines.map((line) => probeClient.read(line.probeHost)));

    return results.map((result, i) => {
      const line = this.lines[i];
      const reading = (result as PromiseFulfilledResult<TemperReading>).value;
      const status: LineStatus = { lineId: line.lineId, couverture: line.couverture, ...reading, inTemper: false };
      status.inTemper = inTemper(line.couverture, status);
      return status;
    });
  }

  async refreshDisplays(): Promise<number> {
    const statuses = await this.survey();
    let outOfTemper = 0;
    for (const status of statuses) {
      if (status.inTemper) {
        lineDisplay.show(status.lineId, `${status.workingC?.toFixed(1)}°C in temper`, 'ok');
        continue;
      }
      outOfTemper++;
      const [low, high] = WORKING_WINDOW[status.couverture];
      if (status.workingC !== undefined && status.workingC > high + 2) {
        lineDisplay.show(status.lineId, `Too warm (${status.workingC.toFixed(1)}°C): reseed`, 'stop');
      } else {
        lineDisplay.show(status.lineId, `Bring to ${low}-${high}°C`, 'warn');
      }
    }
    return outOfTemper;
  }
}

export function seedRatio(couverture: TemperLine['couverture'], batchKg: number): number {
  const percent = couverture === 'dark' ? 0.25 : couverture === 'milk' ? 0.2 : 0.18;
  return Math.round(batchKg * percent * 100) / 100;
}

export function rankLines(statuses: LineStatus[]): LineStatus[] {
  return [...statuses].sort((a, b) => Number(b.inTemper) - Number(a.inTemper) || (b.crystalIndex ?? 0) - (a.crystalIndex ?? 0));
}
