// expect: none
// The home positions are pushed by the 'home' listener and only read after awaiting the link's 'report-complete' event, by which time every report has arrived.
import { EventEmitter, once } from 'node:events';

export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

export interface DroneHome {
  droneId: string;
  position: Vec3;
  rtkFix: boolean;
}

export interface SwarmLink extends EventEmitter {
  broadcast(command: 'REPORT_HOME' | 'HOLD' | 'LAND'): void;
}

export interface FormationPlan {
  slots: Map<string, Vec3>;
  unassigned: string[];
}

export class FormationController {
  private homes: DroneHome[] = [];

  constructor(
    private readonly link: SwarmLink,
    private readonly expectedDrones: number,
  ) {}

  async collectHomes(timeoutMs = 5_000): Promise<DroneHome[]> {
    const received: DroneHome[] = [];
    const onHome = (home: DroneHome) => {
      received.push(home);
    };
    this.link.on('home', onHome);
    try {
      this.link.broadcast('REPORT_HOME');
      await once(this.link, 'report-complete', { signal: AbortSignal.timeout(timeoutMs) });
    } finally {
      this.link.off('home', onHome);
    }

    const withFix = received.filter((h) => h.rtkFix);
    if (withFix.length < this.expectedDrones) {
      throw new Error(`only ${withFix.length}/${this.expectedDrones} drones reported an RTK-fixed home`);
    }
    this.homes = withFix;
    return withFix;
  }

  assignSlots(targets: Vec3[]): FormationPlan {
    const slots = new Map<string, Vec3>();
    const free = [...targets];
    for (const home of this.homes) {
      if (free.length === 0) break;
      let best = 0;
      for (let i = 1; i < free.length; i++) {
        if (dist(home.position, free[i]) < dist(home.position, free[best])) best = i;
      }
      slots.set(home.droneId, free.splice(best, 1)[0]);
    }
    const unassigned = this.homes.filter((h) => !slots.has(h.droneId)).map((h) => h.droneId);
    return { slots, unassigned };
  }
}

function dist(a: Vec3, b: Vec3): number {
  return Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
}
