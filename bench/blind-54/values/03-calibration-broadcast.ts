// expect: no-promise-as-value
// The published calibration event puts the un-awaited equationOfTimeCorrection(...) promise in the payload, which serialises to {} for every subscriber.
export interface DialSite {
  dialId: string;
  park: string;
  latitudeDeg: number;
  longitudeDeg: number;
  timezoneMeridianDeg: number;
}

export interface ShadowObservation {
  dialId: string;
  observedAt: Date;
  shadowReadsMin: number;
}

declare const ephemeris: { equationOfTimeMin(date: Date): Promise<number> };
declare const eventBus: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};
declare const siteRegistry: { get(dialId: string): Promise<DialSite> };

function longitudeCorrectionMin(site: DialSite): number {
  return (site.timezoneMeridianDeg - site.longitudeDeg) * 4;
}

async function equationOfTimeCorrection(date: Date): Promise<number> {
  const eot = await ephemeris.equationOfTimeMin(date);
  return Math.round(eot * 10) / 10;
}

function clockMinutes(date: Date): number {
  return date.getHours() * 60 + date.getMinutes() + date.getSeconds() / 60;
}

export async function calibrate(observation: ShadowObservation): Promise<number> {
  const site = await siteRegistry.get(observation.dialId);
  const longitudeMin = longitudeCorrectionMin(site);
  const eotMin = await equationOfTimeCorrection(observation.observedAt);

  // Apparent solar time = mean time + EoT + longitude correction.
  const expectedReadMin = clockMinutes(observation.observedAt) + eotMin + longitudeMin;
  const errorMin = Math.round((observation.shadowReadsMin - expectedReadMin) * 10) / 10;

  await eventBus.publish("sundial.calibrated", {
    dialId: site.dialId,
    park: site.park,
    observedAt: observation.observedAt.toISOString(),
    dialErrorMin: errorMin,
    corrections: {
      longitudeMin,
      equationOfTimeMin: equationOfTimeCorrection(observation.observedAt),
    },
  });
  return errorMin;
}

export async function calibrateAll(observations: ShadowObservation[]): Promise<Map<string, number>> {
  const errors = new Map<string, number>();
  for (const observation of observations) {
    errors.set(observation.dialId, await calibrate(observation));
  }
  return errors;
}

export function needsResetting(errors: Map<string, number>, toleranceMin = 3): string[] {
  return [...errors].filter(([, err]) => Math.abs(err) > toleranceMin).map(([dialId]) => dialId);
}
