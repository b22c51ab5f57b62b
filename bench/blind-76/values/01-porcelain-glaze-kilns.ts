// expect: no-promise-as-value
// The firing summary puts thermocouple.peak(...), an unawaited promise, into the webhook payload, so peakC is serialised as {} instead of a temperature.
export interface Kiln {
  id: string;
  name: string;
  elementHours: number;
  maxC: number;
}

export interface Firing {
  id: string;
  kilnId: string;
  cone: number;
  glaze: string;
  startedAt: Date;
  endedAt: Date;
  pieces: number;
}

declare const thermocouple: {
  peak(kilnId: string, since: Date): Promise<number>;
  current(kilnId: string): Promise<number>;
};

declare const studioWebhook: {
  post(event: string, payload: Record<string, unknown>): Promise<void>;
};

declare const firingStore: {
  get(firingId: string): Promise<Firing>;
  markComplete(firingId: string, endedAt: Date): Promise<void>;
};

declare const kilns: {
  get(kilnId: string): Promise<Kiln>;
  addElementHours(kilnId: string, hours: number): Promise<void>;
};

const SAFE_UNLOAD_C = 65;
const ELEMENT_SERVICE_HOURS = 250;

export async function completeFiring(firingId: string): Promise<{ readyToUnload: boolean }> {
  const firing = await firingStore.get(firingId);
  const kiln = await kilns.get(firing.kilnId);
  const endedAt = new Date();
  const hours = (endedAt.getTime() - firing.startedAt.getTime()) / 3_600_000;

  await firingStore.markComplete(firing.id, endedAt);
  await kilns.addElementHours(kiln.id, hours);

  const currentC = await thermocouple.current(kiln.id);
  const summary = {
    kiln: kiln.name,
    firingId: firing.id,
    cone: firing.cone,
    glaze: firing.glaze,
    pieces: firing.pieces,
    peakC: thermocouple.peak(kiln.id, firing.startedAt),
    durationHours: Math.round(hours * 10) / 10,
    currentC,
    elementServiceDue: kiln.elementHours + hours > ELEMENT_SERVICE_HOURS,
  };

  await studioWebhook.post('firing.complete', summary);
  return { readyToUnload: currentC <= SAFE_UNLOAD_C };
}

export async function coolingEta(kilnId: string, ratePerHour = 80): Promise<string> {
  const currentC = await thermocouple.current(kilnId);
  if (currentC <= SAFE_UNLOAD_C) return 'ready to unload';
  const hours = (currentC - SAFE_UNLOAD_C) / ratePerHour;
  const h = Math.floor(hours);
  const m = Math.round((hours - h) * 60);
  return `about ${h}h ${m}m until ${SAFE_UNLOAD_C}°C`;
}
