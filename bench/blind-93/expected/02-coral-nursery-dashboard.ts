// expect: none
// Bare function references only go where functions are expected (runLimited's task list, retry's factory); Promise.all receives called promises.
export interface Tank {
  id: string;
  volumeL: number;
  species: string[];
}

export interface StaffShift {
  name: string;
  from: string;
  to: string;
}

export interface Dashboard {
  tanks: Tank[];
  staff: StaffShift[];
  spawningAlerts: string[];
  parLight: Record<string, number>;
}

declare const api: {
  tanks(): Promise<Tank[]>;
  rota(date: string): Promise<StaffShift[]>;
  spawningAlerts(): Promise<string[]>;
  par(tankId: string): Promise<number>;
};

export async function runLimited<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return results;
}

export async function retry<T>(factory: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await factory();
    } catch (err) {
      if (i >= attempts) throw err;
    }
  }
}

const loadAlerts = () => api.spawningAlerts();

export async function loadDashboard(date: string): Promise<Dashboard> {
  const [tanks, staff, spawningAlerts] = await Promise.all([
    api.tanks(),
    retry(() => api.rota(date)),
    retry(loadAlerts),
  ]);

  const readings = await runLimited(
    tanks.map((tank) => () => api.par(tank.id)),
    4,
  );

  const parLight: Record<string, number> = {};
  tanks.forEach((tank, i) => {
    parLight[tank.id] = readings[i];
  });

  return { tanks, staff, spawningAlerts, parLight };
}

export function underLit(dashboard: Dashboard, minPar = 150): string[] {
  return Object.entries(dashboard.parLight)
    .filter(([, par]) => par < minPar)
    .map(([id]) => id);
}
