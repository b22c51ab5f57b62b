// expect: none
// Correct: runLimited takes task functions (it calls them itself, a few at a time), so passing `async () => ...` factories and bare function names there is right; the Promise.all elsewhere gets called promises.
export interface WorkOrder {
  id: string;
  turbineId: string;
  task: 'blade-repair' | 'gearbox-oil' | 'yaw-bearing' | 'converter-swap';
  crewSize: number;
  needsVessel: boolean;
}

declare const cmms: {
  openOrders(farm: string): Promise<WorkOrder[]>;
  assignCrew(orderId: string, crew: string[]): Promise<void>;
  bookVessel(orderId: string, date: string): Promise<string>;
};

declare const weatherWindow: {
  nextCalmDay(farm: string): Promise<string>;
};

declare const crewPlanner: {
  available(date: string): Promise<string[]>;
};

declare function refreshCertificates(): Promise<void>;
declare function refreshLeave(): Promise<void>;

export async function runLimited<T>(tasks: Array<() => Promise<T>>, limit = 3): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  async function lane() {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return results;
}

export async function scheduleFarm(farm: string) {
  await runLimited([refreshCertificates, refreshLeave], 2);

  const [orders, date] = await Promise.all([cmms.openOrders(farm), weatherWindow.nextCalmDay(farm)]);
  const crew = await crewPlanner.available(date);

  let cursor = 0;
  const planned = orders
    .filter((o) => o.crewSize <= crew.length)
    .map((order) => {
      const members = crew.slice(cursor, cursor + order.crewSize);
      cursor = (cursor + order.crewSize) % Math.max(crew.length, 1);
      return { order, members };
    });

  const bookings = await runLimited(
    planned.map(({ order, members }) => async () => {
      await cmms.assignCrew(order.id, members);
      const vessel = order.needsVessel ? await cmms.bookVessel(order.id, date) : null;
      return { orderId: order.id, turbineId: order.turbineId, vessel };
    }),
    4,
  );

  return {
    date,
    scheduled: bookings.length,
    skipped: orders.length - bookings.length,
    vessels: [...new Set(bookings.map((b) => b.vessel).filter((v): v is string => v !== null))],
  };
}
