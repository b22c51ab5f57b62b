// expect: no-floating-promises
// scheduleRebuilds hands an async callback to forEach, which ignores the returned promises, so the function returns before any work order exists and rejections are dropped.
export interface PinballMachine {
  serial: string;
  title: string;
  year: number;
  flipperCoilOhms: number[];
  rubberAgeMonths: number;
}

export interface WorkOrder {
  orderId: string;
  serial: string;
  tasks: string[];
  benchHours: number;
}

declare const partsDesk: {
  reserve(parts: string[]): Promise<{ backordered: string[] }>;
};

declare const workbench: {
  enqueue(serial: string, tasks: string[], benchHours: number): Promise<WorkOrder>;
};

declare const shopLog: {
  info(message: string): void;
};

const COIL_MIN_OHMS = 3.2;
const COIL_MAX_OHMS = 4.6;

function tasksFor(machine: PinballMachine): string[] {
  const tasks: string[] = [];
  machine.flipperCoilOhms.forEach((ohms, idx) => {
    if (ohms < COIL_MIN_OHMS || ohms > COIL_MAX_OHMS) {
      tasks.push(`replace flipper coil ${idx + 1}`);
    }
  });
  if (machine.rubberAgeMonths > 18) tasks.push("re-rubber playfield");
  if (machine.year < 1990) tasks.push("rebuild EOS switches");
  return tasks;
}

function partsFor(tasks: string[]): string[] {
  return tasks.flatMap((task) => {
    if (task.startsWith("replace flipper coil")) return ["FL-11630 coil", "coil sleeve"];
    if (task === "re-rubber playfield") return ["rubber ring kit"];
    if (task === "rebuild EOS switches") return ["EOS switch", "switch file"];
    return [];
  });
}

export function scheduleRebuilds(machines: PinballMachine[]): { scheduled: number; skipped: string[] } {
  const skipped: string[] = [];
  const needsWork = machines.filter((m) => {
    const tasks = tasksFor(m);
    if (tasks.length === 0) skipped.push(m.serial);
    return tasks.length > 0;
  });

  needsWork.forEach(async (machine) => {
    const tasks = tasksFor(machine);
    const { backordered } = await partsDesk.reserve(partsFor(tasks));
    const hours = tasks.length * 1.5 + backordered.length * 0.25;
    const order = await workbench.enqueue(machine.serial, tasks, hours);
    shopLog.info(`${machine.title} (${machine.serial}) queued as ${order.orderId}`);
  });

  return { scheduled: needsWork.length, skipped };
}
