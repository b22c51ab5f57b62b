// expect: none
// Both loaders are invoked inside Promise.all, so the array holds their promises and the plan is built from the resolved cylinders and waypoints.
export interface Cylinder {
  label: string;
  o2Pct: number;
  hePct: number;
  litres: number;
  pressureBar: number;
}

export interface Waypoint {
  name: string;
  depthM: number;
  distanceM: number;
}

export interface GasLogRepo {
  cylindersForDiver(diverId: string): Promise<Cylinder[]>;
  waypointsForCave(caveId: string): Promise<Waypoint[]>;
}

export interface DivePlan {
  diverId: string;
  caveId: string;
  backGas: Cylinder;
  stages: Cylinder[];
  maxDepthM: number;
  penetrationM: number;
  turnPressureBar: number;
}

function mod(cylinder: Cylinder, maxPpo2 = 1.4): number {
  return Math.floor((maxPpo2 / (cylinder.o2Pct / 100) - 1) * 10);
}

export class DivePlanLoader {
  constructor(private readonly repo: GasLogRepo) {}

  private async cylinders(diverId: string): Promise<Cylinder[]> {
    const all = await this.repo.cylindersForDiver(diverId);
    return all.filter((c) => c.pressureBar > 50);
  }

  private async route(caveId: string): Promise<Waypoint[]> {
    const points = await this.repo.waypointsForCave(caveId);
    return points.sort((a, b) => a.distanceM - b.distanceM);
  }

  async plan(diverId: string, caveId: string): Promise<DivePlan> {
    const [cylinders, route] = await Promise.all([this.cylinders(diverId), this.route(caveId)]);
    if (route.length === 0) throw new Error(`cave ${caveId} has no surveyed line`);

    const maxDepthM = Math.max(...route.map((w) => w.depthM));
    const backGas = cylinders.find((c) => c.label.startsWith('back') && mod(c) >= maxDepthM);
    if (!backGas) throw new Error(`diver ${diverId} has no back gas breathable at ${maxDepthM}m`);

    const stages = cylinders.filter((c) => c !== backGas && c.label.startsWith('stage'));
    // rule of thirds: turn when a third of the back gas is gone
    const turnPressureBar = Math.ceil(backGas.pressureBar - backGas.pressureBar / 3);

    return {
      diverId,
      caveId,
      backGas,
      stages,
      maxDepthM,
      penetrationM: route[route.length - 1].distanceM,
      turnPressureBar,
    };
  }
}
