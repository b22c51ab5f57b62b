// expect: no-read-before-settle
// planLeg assigns `solution` inside the execFile callback but returns it synchronously right after starting the child process, so it always returns the placeholder before the solver has answered.
import { execFile } from 'node:child_process';

export interface LegRequest {
  vessel: string;
  iceClass: 'PC2' | 'PC4' | 'PC6';
  from: [number, number];
  to: [number, number];
  chartFile: string;
}

export interface LegSolution {
  vessel: string;
  waypoints: Array<[number, number]>;
  distanceNm: number;
  ridgeCrossings: number;
  solvedBy: 'solver' | 'great-circle';
}

const SOLVER = process.env.RIDGE_SOLVER ?? '/opt/icenav/bin/ridge-solver';

function greatCircle(req: LegRequest): LegSolution {
  const [lat1, lon1] = req.from;
  const [lat2, lon2] = req.to;
  const dLat = (lat2 - lat1) * 60;
  const dLon = (lon2 - lon1) * 60 * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return {
    vessel: req.vessel,
    waypoints: [req.from, req.to],
    distanceNm: Math.hypot(dLat, dLon),
    ridgeCrossings: -1,
    solvedBy: 'great-circle',
  };
}

export class RidgeRoutePlanner {
  private lastError?: Error;

  constructor(private readonly timeoutMs = 20_000) {}

  planLeg(req: LegRequest): LegSolution {
    let solution = greatCircle(req);
    const args = [
      '--chart', req.chartFile,
      '--class', req.iceClass,
      '--from', req.from.join(','),
      '--to', req.to.join(','),
      '--json',
    ];

    execFile(SOLVER, args, { timeout: this.timeoutMs }, (err, stdout) => {
      if (err) {
        this.lastError = err;
        return;
      }
      const parsed = JSON.parse(stdout) as { waypoints: Array<[number, number]>; nm: number; ridges: number };
      solution = {
        vessel: req.vessel,
        waypoints: parsed.waypoints,
        distanceNm: parsed.nm,
        ridgeCrossings: parsed.ridges,
        solvedBy: 'solver',
      };
    });

    return solution;
  }

  get error(): Error | undefined {
    return this.lastError;
  }
}

export function fuelTonnes(solution: LegSolution, tonnesPerNm: number): number {
  const ridgePenalty = solution.ridgeCrossings > 0 ? solution.ridgeCrossings * 0.8 : 0;
  return Math.round((solution.distanceNm * tonnesPerNm + ridgePenalty) * 10) / 10;
}
