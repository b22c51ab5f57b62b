// expect: none
// lastHumidity is written by 'reading' events and read only after `await once(sensor, 'stable')`, which the sensor emits after at least one reading.
import { EventEmitter, once } from "node:events";

export interface CuringRack {
  rackId: string;
  bars: number;
  soapType: "cold-process" | "castile" | "melt-and-pour";
  pouredAt: Date;
}

export interface HumiditySensor extends EventEmitter {
  readonly room: string;
  startSampling(intervalMs: number): void;
  stopSampling(): void;
}

declare const racks: { inRoom(room: string): Promise<CuringRack[]> };
declare const studioBoard: { post(room: string, message: string): Promise<void> };

const CURE_WEEKS: Record<CuringRack["soapType"], number> = {
  "cold-process": 4,
  castile: 26,
  "melt-and-pour": 0,
};
const WEEK_MS = 7 * 86_400_000;

export async function curingCheck(sensor: HumiditySensor, now = new Date()) {
  let lastHumidity = Number.NaN;
  let samples = 0;
  const onReading = (pct: number) => {
    lastHumidity = pct;
    samples++;
  };

  sensor.on("reading", onReading);
  sensor.startSampling(500);
  try {
    await once(sensor, "stable");
  } finally {
    sensor.off("reading", onReading);
    sensor.stopSampling();
  }

  const humidityFactor = lastHumidity > 65 ? 1.25 : lastHumidity < 40 ? 0.9 : 1;
  const room = await racks.inRoom(sensor.room);
  const ready: string[] = [];
  const waiting: string[] = [];
  for (const rack of room) {
    const cureMs = CURE_WEEKS[rack.soapType] * WEEK_MS * humidityFactor;
    if (now.getTime() - rack.pouredAt.getTime() >= cureMs) ready.push(rack.rackId);
    else waiting.push(rack.rackId);
  }

  await studioBoard.post(
    sensor.room,
    `Humidity ${lastHumidity.toFixed(0)}% after ${samples} samples. Ready for carving: ${ready.join(", ") || "none"}.`,
  );
  return { humidity: lastHumidity, ready, waiting };
}
