// expect: none
// Functions are passed only where functions are expected: thunks to the concurrency limiter, the worker as Array.from's map function, and a table of check functions that are called.
export interface IceCore {
  coreId: string;
  site: string;
  depthTopM: number;
  depthBottomM: number;
  drilledAt: Date;
}

export interface ArchiveReceipt {
  coreId: string;
  freezer: string;
  rack: string;
  slot: number;
}

declare const freezerHall: {
  id: string;
  allocateSlot(core: IceCore): Promise<{ rack: string; slot: number }>;
  readAirTempC(): Promise<number>;
  compressorHealthy(): Promise<boolean>;
  doorSealIntact(): Promise<boolean>;
  flushEventLog(): Promise<void>;
};

declare const coreCatalogue: {
  register(receipt: ArchiveReceipt, core: IceCore): Promise<void>;
};

declare const auditTrail: {
  commit(entries: string[]): Promise<void>;
};

export async function runLimited<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;

  async function worker(): Promise<void> {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}

const preflightChecks: Record<string, () => Promise<boolean>> = {
  compressor: () => freezerHall.compressorHealthy(),
  doorSeal: () => freezerHall.doorSealIntact(),
  airTemp: async () => (await freezerHall.readAirTempC()) <= -30,
};

export async function preflight(): Promise<string[]> {
  const failures: string[] = [];
  for (const [name, check] of Object.entries(preflightChecks)) {
    if (!(await check())) failures.push(name);
  }
  return failures;
}

async function archiveCore(core: IceCore): Promise<ArchiveReceipt> {
  if (core.depthBottomM <= core.depthTopM) {
    throw new Error(`core ${core.coreId} has an inverted depth range`);
  }
  const { rack, slot } = await freezerHall.allocateSlot(core);
  const receipt: ArchiveReceipt = { coreId: core.coreId, freezer: freezerHall.id, rack, slot };
  await coreCatalogue.register(receipt, core);
  return receipt;
}

export async function archiveExpedition(cores: IceCore[]): Promise<ArchiveReceipt[]> {
  const failures = await preflight();
  if (failures.length > 0) {
    throw new Error(`freezer hall ${freezerHall.id} failed preflight: ${failures.join(', ')}`);
  }

  const ordered = [...cores].sort((a, b) => a.depthTopM - b.depthTopM);
  const receipts = await runLimited(
    ordered.map((core) => () => archiveCore(core)),
    3,
  );

  const entries = receipts.map((r) => `${r.coreId} -> ${r.freezer}/${r.rack}/${r.slot}`);
  await Promise.all([freezerHall.flushEventLog(), auditTrail.commit(entries)]);
  return receipts;
}
