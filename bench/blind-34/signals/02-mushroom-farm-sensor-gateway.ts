// expect: none
// The signal reaches every fetch through a shared RequestInit built in requestOptions, and the poll sleep receives it too.
import { setTimeout as sleep } from "node:timers/promises";

export interface ClimateReading {
  room: string;
  temperatureC: number;
  humidityPct: number;
  co2Ppm: number;
}

export interface GatewayConfig {
  baseUrl: string;
  apiKey: string;
  rooms: string[];
}

declare const climateStore: {
  save(readings: ClimateReading[]): Promise<void>;
};

function requestOptions(config: GatewayConfig, signal: AbortSignal): RequestInit {
  return {
    method: "GET",
    headers: { authorization: `Bearer ${config.apiKey}`, accept: "application/json" },
    signal,
  };
}

async function readRoom(config: GatewayConfig, room: string, init: RequestInit): Promise<ClimateReading> {
  const res = await fetch(`${config.baseUrl}/rooms/${room}/climate`, init);
  if (!res.ok) throw new Error(`gateway ${res.status} for room ${room}`);
  const body = (await res.json()) as Omit<ClimateReading, "room">;
  return { room, ...body };
}

export async function readAllRooms(config: GatewayConfig, signal: AbortSignal): Promise<ClimateReading[]> {
  const init = requestOptions(config, signal);
  return Promise.all(config.rooms.map((room) => readRoom(config, room, init)));
}

export function outOfBand(reading: ClimateReading): string[] {
  const issues: string[] = [];
  if (reading.humidityPct < 85) issues.push(`humidity ${reading.humidityPct}%`);
  if (reading.co2Ppm > 1_200) issues.push(`CO2 ${reading.co2Ppm}ppm`);
  if (reading.temperatureC < 14 || reading.temperatureC > 20) {
    issues.push(`temperature ${reading.temperatureC}°C`);
  }
  return issues;
}

export async function monitorRooms(
  config: GatewayConfig,
  options: { signal: AbortSignal; intervalMs?: number; onIssue?: (room: string, issues: string[]) => void },
): Promise<void> {
  const { signal, intervalMs = 60_000, onIssue } = options;
  while (!signal.aborted) {
    const readings = await readAllRooms(config, signal);
    await climateStore.save(readings);
    for (const reading of readings) {
      const issues = outOfBand(reading);
      if (issues.length) onIssue?.(reading.room, issues);
    }
    await sleep(intervalMs, undefined, { signal });
  }
}
