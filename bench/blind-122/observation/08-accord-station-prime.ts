// expect: none
// Each station's async priming callback is collected with map and the array is awaited via Promise.all, so every promise is observed.
export interface BlendingStation {
  id: string;
  ingredient: string;
  purge(ml: number): Promise<void>;
  prime(): Promise<{ lineVolumeMl: number }>;
  temperatureC(): Promise<number>;
}

export interface PrimeReport {
  stationId: string;
  ingredient: string;
  lineVolumeMl: number;
  temperatureC: number;
}

export interface LabNotebook {
  record(entry: { kind: string; payload: unknown; at: Date }): Promise<void>;
}

const VISCOUS_MATERIALS = new Set(['benzoin resinoid', 'labdanum absolute', 'oakmoss absolute']);

export async function primeStations(
  stations: BlendingStation[],
  notebook: LabNotebook,
): Promise<PrimeReport[]> {
  const reports = await Promise.all(
    stations.map(async (station) => {
      const purgeMl = VISCOUS_MATERIALS.has(station.ingredient) ? 4 : 1.5;
      await station.purge(purgeMl);
      const { lineVolumeMl } = await station.prime();
      const temperatureC = await station.temperatureC();
      return {
        stationId: station.id,
        ingredient: station.ingredient,
        lineVolumeMl,
        temperatureC,
      };
    }),
  );

  await notebook.record({ kind: 'stations-primed', payload: reports, at: new Date() });
  return reports;
}

export function coldStations(reports: PrimeReport[], minC = 18): string[] {
  return reports
    .filter((r) => VISCOUS_MATERIALS.has(r.ingredient) && r.temperatureC < minC)
    .map((r) => r.stationId);
}

export function totalDeadVolume(reports: PrimeReport[]): number {
  return reports.reduce((sum, r) => sum + r.lineVolumeMl, 0);
}
