// expect: no-unobserved-promise
// The manifest request is started, then the berth polling loop is awaited first; if the manifest rejects during that polling nobody is handling it yet.
import { setTimeout as delay } from 'node:timers/promises';

export interface VesselStatus {
  vesselId: string;
  berth: string | null;
  etaMinutes: number;
}

export interface ManifestEntry {
  ticketId: string;
  passengerName: string;
  vehicleClass?: 'car' | 'van' | 'motorcycle' | 'freight';
  mobilityAssistance: boolean;
}

export interface BoardingPlan {
  sailingId: string;
  berth: string;
  assistedFirst: string[];
  vehicleLanes: Record<string, string[]>;
  footPassengers: number;
}

declare const terminalApi: {
  getVesselStatus(vesselId: string, signal?: AbortSignal): Promise<VesselStatus>;
  getManifest(sailingId: string, signal?: AbortSignal): Promise<ManifestEntry[]>;
};

const MAX_BERTH_POLLS = 6;

export class BoardingPlanner {
  constructor(private readonly timeoutMs = 15_000) {}

  async plan(sailingId: string, vesselId: string): Promise<BoardingPlan> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);

    try {
      // The manifest is large on peak sailings, so get it moving while we wait for the berth.
      const manifestRequest = terminalApi.getManifest(sailingId, controller.signal);
      const status = await this.waitForBerth(vesselId, controller.signal);
      const manifest = await manifestRequest;

      return this.buildPlan(sailingId, status.berth as string, manifest);
    } finally {
      clearTimeout(timer);
    }
  }

  private async waitForBerth(vesselId: string, signal: AbortSignal): Promise<VesselStatus> {
    for (let attempt = 0; attempt < MAX_BERTH_POLLS; attempt++) {
      const status = await terminalApi.getVesselStatus(vesselId, signal);
      if (status.berth) {
        return status;
      }
      const waitSeconds = Math.max(1, Math.min(status.etaMinutes, 3));
      await delay(waitSeconds * 1000, undefined, { signal });
    }
    throw new Error(`Vessel ${vesselId} has not been assigned a berth`);
  }

  private buildPlan(sailingId: string, berth: string, manifest: ManifestEntry[]): BoardingPlan {
    const assistedFirst: string[] = [];
    const vehicleLanes: Record<string, string[]> = {};
    let footPassengers = 0;

    for (const entry of manifest) {
      if (entry.mobilityAssistance) {
        assistedFirst.push(entry.ticketId);
      }
      if (entry.vehicleClass) {
        const lane = entry.vehicleClass === 'freight' ? 'lane-F' : `lane-${entry.vehicleClass}`;
        (vehicleLanes[lane] ??= []).push(entry.ticketId);
      } else {
        footPassengers++;
      }
    }

    return { sailingId, berth, assistedFirst, vehicleLanes, footPassengers };
  }
}
