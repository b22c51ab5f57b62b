// expect: none
// The race cancels its loser in finally: the delay timer is aborted when the upload wins and the upload is aborted when the timer wins.
import { setTimeout as delay } from 'node:timers/promises';

export interface RoutePoint {
  x: number;
  y: number;
  bladeDown: boolean;
  waterLpm: number;
}

export interface RouteAck {
  machineId: string;
  routeHash: string;
  points: number;
}

declare const resurfacerApi: {
  uploadRoute(machineId: string, points: RoutePoint[], options: { signal: AbortSignal }): Promise<RouteAck>;
  rinkOutline(rinkId: string): Promise<{ widthM: number; lengthM: number; cornerRadiusM: number }>;
};

export class RouteTimeoutError extends Error {
  constructor(machineId: string, ms: number) {
    super(`Resurfacer ${machineId} did not accept the route within ${ms}ms`);
    this.name = 'RouteTimeoutError';
  }
}

export function ovalPass(widthM: number, lengthM: number, laneM = 2.1): RoutePoint[] {
  const points: RoutePoint[] = [];
  const laps = Math.floor(widthM / 2 / laneM);
  for (let lap = 0; lap < laps; lap++) {
    const inset = lap * laneM + laneM / 2;
    const corners: Array<[number, number]> = [
      [inset, inset],
      [lengthM - inset, inset],
      [lengthM - inset, widthM - inset],
      [inset, widthM - inset],
    ];
    for (const [x, y] of corners) {
      points.push({ x, y, bladeDown: true, waterLpm: lap === 0 ? 38 : 32 });
    }
  }
  points.push({ x: 0, y: widthM / 2, bladeDown: false, waterLpm: 0 });
  return points;
}

async function uploadWithDeadline(machineId: string, points: RoutePoint[], timeoutMs: number): Promise<RouteAck> {
  const upload = new AbortController();
  const timer = new AbortController();
  try {
    return await Promise.race([
      resurfacerApi.uploadRoute(machineId, points, { signal: upload.signal }),
      delay(timeoutMs, undefined, { signal: timer.signal }).then(() => {
        throw new RouteTimeoutError(machineId, timeoutMs);
      }),
    ]);
  } finally {
    timer.abort();
    upload.abort();
  }
}

export async function prepareFlood(rinkId: string, machineId: string): Promise<RouteAck> {
  const outline = await resurfacerApi.rinkOutline(rinkId);
  const points = ovalPass(outline.widthM, outline.lengthM);
  if (points.length < 8) {
    throw new Error(`Rink ${rinkId} is too narrow for an automatic route`);
  }
  const ack = await uploadWithDeadline(machineId, points, 8000);
  if (ack.points !== points.length) {
    throw new Error(`Resurfacer ${machineId} accepted ${ack.points} of ${points.length} route points`);
  }
  return ack;
}
