// expect: none
// Correct: async functions are passed by reference only where a callback is wanted (hooks, mockImplementation, map, vi.waitFor); wherever a result is needed they are called and awaited.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface WorkOrder {
  id: string;
  tramId: string;
  task: 'wheel-reprofile' | 'pantograph' | 'brake-test' | 'hvac';
  status: 'open' | 'in-progress' | 'done';
}

interface MaintenanceService {
  start(): Promise<void>;
  stop(): Promise<void>;
  open(tramId: string, task: WorkOrder['task']): Promise<WorkOrder>;
  complete(id: string): Promise<WorkOrder>;
  list(): Promise<WorkOrder[]>;
}

declare function createMaintenanceService(deps: {
  notifyDepotLead: (order: WorkOrder) => Promise<void>;
}): MaintenanceService;

async function resetFixtures(): Promise<void> {
  // The fixture store is in-memory; resetting is async only to mirror the real repository.
  await Promise.resolve();
}

describe('depot maintenance work orders', () => {
  const notifyDepotLead = vi.fn<(order: WorkOrder) => Promise<void>>();
  let service: MaintenanceService;

  beforeEach(resetFixtures);

  beforeEach(async () => {
    notifyDepotLead.mockImplementation(async () => undefined);
    service = createMaintenanceService({ notifyDepotLead });
    await service.start();
  });

  afterEach(async () => {
    await service.stop();
    vi.clearAllMocks();
  });

  it('opens a work order for a tram', async () => {
    const order = await service.open('T-5120', 'pantograph');
    expect(order).toMatchObject({ tramId: 'T-5120', task: 'pantograph', status: 'open' });
  });

  it('notifies the depot lead when an order is completed', async () => {
    const order = await service.open('T-5121', 'brake-test');
    await service.complete(order.id);
    await vi.waitFor(async () => {
      expect(notifyDepotLead).toHaveBeenCalledWith(expect.objectContaining({ id: order.id, status: 'done' }));
    });
  });

  it('handles a whole night shift of orders', async () => {
    const trams = ['T-5130', 'T-5131', 'T-5132'];
    const openWheel = (tramId: string) => service.open(tramId, 'wheel-reprofile');
    const orders = await Promise.all(trams.map(openWheel));
    await Promise.all(orders.map((o) => service.complete(o.id)));

    const all = await service.list();
    expect(all.filter((o) => o.status === 'done')).toHaveLength(3);
  });
});
