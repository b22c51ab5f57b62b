// expect: no-uncalled-async-function
// In syncPlanograms the offline branch of the queued task returns machine.queueOfflineSync instead of calling it, so offline machines are never queued.
export interface Slot {
  coil: string;
  sku: string;
  capacity: number;
  priceCents: number;
}

export interface Planogram {
  version: number;
  slots: Slot[];
}

export interface FleetMachine {
  machineId: string;
  siteId: string;
  model: "glassfront-40" | "spiral-60" | "combo-24";
  queueOfflineSync(): Promise<void>;
}

declare const telemetry: {
  ping(machineId: string): Promise<boolean>;
  currentPlanogram(machineId: string): Promise<number>;
};

declare const machineApi: {
  uploadPlanogram(machineId: string, planogram: Planogram): Promise<void>;
};

declare const taskQueue: {
  add<T>(task: () => Promise<T>): Promise<T>;
  readonly size: number;
};

declare const planogramStore: {
  latestFor(model: FleetMachine["model"], siteId: string): Promise<Planogram>;
};

async function pushPlanogram(machine: FleetMachine, planogram: Planogram): Promise<void> {
  const installed = await telemetry.currentPlanogram(machine.machineId);
  if (installed >= planogram.version) return;
  await machineApi.uploadPlanogram(machine.machineId, planogram);
}

function validatePlanogram(planogram: Planogram): string[] {
  const problems: string[] = [];
  const coils = new Set<string>();
  for (const slot of planogram.slots) {
    if (coils.has(slot.coil)) problems.push(`coil ${slot.coil} assigned twice`);
    coils.add(slot.coil);
    if (slot.priceCents <= 0) problems.push(`coil ${slot.coil} has no price`);
    if (slot.capacity <= 0) problems.push(`coil ${slot.coil} has no capacity`);
  }
  return problems;
}

export async function syncPlanograms(machines: FleetMachine[]): Promise<{ attempted: number; skipped: string[] }> {
  const skipped: string[] = [];
  const jobs: Array<Promise<unknown>> = [];

  const planograms = await Promise.all(machines.map((m) => planogramStore.latestFor(m.model, m.siteId)));

  machines.forEach((machine, index) => {
    const planogram = planograms[index];
    const problems = validatePlanogram(planogram);
    if (problems.length > 0) {
      skipped.push(`${machine.machineId}: ${problems.join("; ")}`);
      return;
    }
    jobs.push(
      taskQueue.add(async () => {
        const online = await telemetry.ping(machine.machineId);
        if (!online) {
          return machine.queueOfflineSync;
        }
        return pushPlanogram(machine, planogram);
      }),
    );
  });

  await Promise.all(jobs);
  return { attempted: jobs.length, skipped };
}

export function coilReport(planogram: Planogram): string {
  return planogram.slots
    .slice()
    .sort((a, b) => a.coil.localeCompare(b.coil))
    .map((s) => `${s.coil.padEnd(4)} ${s.sku.padEnd(12)} x${s.capacity} @ $${(s.priceCents / 100).toFixed(2)}`)
    .join("\n");
}
