// expect: none
// Armed, refused, disconnect and timeout all go through one guarded settle function that detaches every listener and clears the timer, so the barrier settles exactly once.
import { EventEmitter } from 'node:events';

export interface DroneStatus {
  id: string;
  battery: number; // 0..1
  gpsFix: boolean;
}

export interface FleetLink extends EventEmitter {
  sendArm(droneId: string): void;
  sendDisarm(droneId: string): void;
}

const MIN_BATTERY = 0.35;

export function armFleet(link: FleetLink, droneIds: string[], timeoutMs = 20_000): Promise<DroneStatus[]> {
  if (droneIds.length === 0) return Promise.resolve([]);

  return new Promise((resolve, reject) => {
    const armed = new Map<string, DroneStatus>();
    let settled = false;

    const settle = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      link.off('armed', onArmed);
      link.off('arm-refused', onRefused);
      link.off('disconnect', onDisconnect);
      if (err) reject(err);
      else resolve(droneIds.map((id) => armed.get(id) as DroneStatus));
    };

    const onArmed = (status: DroneStatus) => {
      if (!droneIds.includes(status.id)) return;
      if (status.battery < MIN_BATTERY || !status.gpsFix) {
        settle(new Error(`drone ${status.id} armed but is not flight-ready (battery ${status.battery}, gps ${status.gpsFix})`));
        return;
      }
      armed.set(status.id, status);
      if (armed.size === droneIds.length) settle(null);
    };

    const onRefused = (id: string, reason: string) => {
      if (droneIds.includes(id)) settle(new Error(`drone ${id} refused to arm: ${reason}`));
    };

    const onDisconnect = (id: string) => {
      if (droneIds.includes(id)) settle(new Error(`drone ${id} dropped off the mesh before arming`));
    };

    const timer = setTimeout(() => {
      const missing = droneIds.filter((id) => !armed.has(id));
      settle(new Error(`timed out waiting for ${missing.length} drone(s): ${missing.slice(0, 5).join(', ')}`));
    }, timeoutMs);

    link.on('armed', onArmed);
    link.on('arm-refused', onRefused);
    link.on('disconnect', onDisconnect);
    for (const id of droneIds) link.sendArm(id);
  });
}

export function disarmFleet(link: FleetLink, droneIds: string[]): void {
  for (const id of droneIds) link.sendDisarm(id);
}
