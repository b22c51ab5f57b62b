// expect: no-multiple-settle
// When the watchdog kills the planner, 'close' arrives with a null exit code, which neither the success nor the failure branch handles, so planRoute never settles.
import { spawn } from 'node:child_process';

export interface Waypoint {
  lat: number;
  lon: number;
  altitudeFt: number;
  dwellMinutes: number;
}

export interface RouteRequest {
  airshipId: string;
  campaign: string;
  waypoints: Waypoint[];
  maxWindKts: number;
}

export interface RouteLeg {
  from: number;
  to: number;
  headingDeg: number;
  etaMinutes: number;
}

export interface PlannedRoute {
  airshipId: string;
  legs: RouteLeg[];
  totalMinutes: number;
  fuelKg: number;
}

const PLANNER_BIN = process.env.SKYADS_ROUTEPLAN ?? '/opt/skyads/bin/routeplan';

function parsePlannerOutput(stdout: string, airshipId: string): PlannedRoute {
  const parsed = JSON.parse(stdout) as { legs: RouteLeg[]; fuel_kg: number };
  const totalMinutes = parsed.legs.reduce((sum, leg) => sum + leg.etaMinutes, 0);
  return { airshipId, legs: parsed.legs, totalMinutes, fuelKg: parsed.fuel_kg };
}

export function planRoute(request: RouteRequest, timeoutMs = 30_000): Promise<PlannedRoute> {
  return new Promise((resolve, reject) => {
    const child = spawn(PLANNER_BIN, ['--json', '--max-wind', String(request.maxWindKts)], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let settled = false;

    const watchdog = setTimeout(() => {
      child.kill('SIGTERM');
    }, timeoutMs);

    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      reject(err);
    };
    const succeed = (route: PlannedRoute) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      resolve(route);
    };

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) {
        try {
          succeed(parsePlannerOutput(stdout, request.airshipId));
        } catch (err) {
          fail(err instanceof Error ? err : new Error(String(err)));
        }
      } else if (code !== null) {
        fail(new Error(`routeplan exited with ${code}: ${stderr.trim() || 'no diagnostics'}`));
      }
    });

    child.stdin.end(JSON.stringify({ campaign: request.campaign, waypoints: request.waypoints }));
  });
}

export async function planCampaign(requests: RouteRequest[]): Promise<PlannedRoute[]> {
  const routes: PlannedRoute[] = [];
  for (const request of requests) {
    routes.push(await planRoute(request));
  }
  return routes;
}
