// expect: no-promise-as-value
// probes.coreTemp() became async when the probes moved to LoRa, but the alert text still interpolates it without await, so the message reads "core [object Promise]°C".
export interface FermentingBox {
  id: string;
  cooperative: string;
  loadedAt: Date;
  lastTurnedAt: Date | null;
  massKg: number;
}

declare const probes: {
  coreTemp(boxId: string): Promise<number>;
  surfaceTemp(boxId: string): number;
};

declare const chat: {
  post(channel: string, text: string): Promise<void>;
};

const TURN_EVERY_HOURS = 48;
const MAX_SURFACE_C = 48;

function hoursBetween(a: Date, b: Date) {
  return (b.getTime() - a.getTime()) / 3_600_000;
}

export function dueForTurning(box: FermentingBox, now = new Date()): boolean {
  const since = box.lastTurnedAt ?? box.loadedAt;
  return hoursBetween(since, now) >= TURN_EVERY_HOURS;
}

export async function alertTurning(box: FermentingBox, channel = '#fermentary'): Promise<void> {
  const surface = probes.surfaceTemp(box.id);
  const day = Math.floor(hoursBetween(box.loadedAt, new Date()) / 24) + 1;
  const text =
    `:seedling: Box ${box.id} (${box.cooperative}, ${box.massKg} kg) is due for turning — ` +
    `day ${day}, surface ${surface.toFixed(1)}°C, core ${probes.coreTemp(box.id)}°C`;
  await chat.post(channel, text);
}

export async function overheatCheck(boxes: FermentingBox[], channel = '#fermentary'): Promise<string[]> {
  const hot: string[] = [];
  for (const box of boxes) {
    const surface = probes.surfaceTemp(box.id);
    if (surface > MAX_SURFACE_C) {
      hot.push(box.id);
      await chat.post(channel, `:fire: Box ${box.id} surface at ${surface.toFixed(1)}°C — open the lid`);
    }
  }
  return hot;
}

export async function hourlyRound(boxes: FermentingBox[]): Promise<{ turned: number; hot: number }> {
  let turned = 0;
  for (const box of boxes) {
    if (dueForTurning(box)) {
      await alertTurning(box);
      turned++;
    }
  }
  const hot = await overheatCheck(boxes);
  return { turned, hot: hot.length };
}
