// expect: no-promise-as-value
// buildVortexMessage interpolates fixes.latestFix(...) without await, so the advisory text says "[object Promise]" instead of the centre fix.
export interface CentreFix {
  missionId: string;
  lat: number;
  lon: number;
  minPressureHpa: number;
  maxFlightLevelWindKt: number;
  observedAt: Date;
}

export interface VortexMessageInput {
  stormName: string;
  missionId: string;
  aircraft: 'NOAA42' | 'NOAA43' | 'AF305' | 'AF307';
  eyeDiameterNm?: number;
  eyeShape?: 'circular' | 'elliptical' | 'open-sw' | 'open-ne';
}

declare const fixes: {
  latestFix(missionId: string): Promise<CentreFix>;
  history(missionId: string): Promise<CentreFix[]>;
};
declare const teletype: { transmit(header: string, body: string): Promise<void> };

function formatLatLon(fix: CentreFix): string {
  const lat = `${Math.abs(fix.lat).toFixed(2)}${fix.lat >= 0 ? 'N' : 'S'}`;
  const lon = `${Math.abs(fix.lon).toFixed(2)}${fix.lon >= 0 ? 'E' : 'W'}`;
  return `${lat} ${lon}`;
}

function pressureTrend(history: CentreFix[]): string {
  if (history.length < 2) return 'TREND UNAVAILABLE';
  const first = history[0];
  const last = history[history.length - 1];
  const hours = (last.observedAt.getTime() - first.observedAt.getTime()) / 3_600_000;
  const rate = (last.minPressureHpa - first.minPressureHpa) / Math.max(hours, 1);
  if (rate <= -1) return `DEEPENING ${Math.abs(rate).toFixed(1)} HPA/HR`;
  if (rate >= 1) return `FILLING ${rate.toFixed(1)} HPA/HR`;
  return 'STEADY';
}

export function formatFix(fix: CentreFix): string {
  return `${formatLatLon(fix)} ${fix.minPressureHpa} HPA FL WIND ${fix.maxFlightLevelWindKt} KT`;
}

export async function buildVortexMessage(input: VortexMessageInput): Promise<string> {
  const history = await fixes.history(input.missionId);
  const lines = [
    `URNT12 KNHC ${new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')}`,
    `VORTEX DATA MESSAGE ${input.stormName.toUpperCase()}`,
    `A. ${fixes.latestFix(input.missionId)}`,
    `B. ${pressureTrend(history)}`,
    input.eyeDiameterNm
      ? `C. EYE ${input.eyeShape?.toUpperCase() ?? 'CIRCULAR'} ${input.eyeDiameterNm} NM`
      : 'C. NO EYE OBSERVED',
    `D. ${input.aircraft} ${input.missionId}`,
  ];
  return lines.join('\n');
}

export async function sendVortex(input: VortexMessageInput): Promise<void> {
  const body = await buildVortexMessage(input);
  await teletype.transmit(`VORTEX ${input.missionId}`, body);
}
