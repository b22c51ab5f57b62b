// expect: no-floating-promises
// assignRoute() calls the async notifyDriver() as a bare statement, so a failed SMS push becomes an unhandled rejection while the assignment is logged as notified.
export interface DispatchDb {
  query<T = unknown>(sql: string, params: unknown[]): Promise<T[]>;
}

export interface SmsGateway {
  send(to: string, body: string): Promise<{ messageId: string }>;
}

export interface Route {
  code: string;
  zone: string;
  priority: 1 | 2 | 3;
  lengthKm: number;
}

export interface Driver {
  id: string;
  phone: string;
  unitId: string;
  bladeWidthM: number;
  shiftEndsAt: Date;
}

const AVG_PLOUGH_KMH = 18;

export class RouteAssigner {
  constructor(private readonly db: DispatchDb, private readonly sms: SmsGateway) {}

  async assignRoute(route: Route): Promise<Driver | null> {
    const candidates = await this.db.query<Driver>(
      `SELECT d.id, d.phone, d.unit_id AS "unitId", u.blade_width_m AS "bladeWidthM", d.shift_ends_at AS "shiftEndsAt"
         FROM drivers d JOIN units u ON u.id = d.unit_id
        WHERE u.zone = $1 AND u.status = 'idle'`,
      [route.zone],
    );
    const driver = this.pickDriver(candidates, route);
    if (!driver) return null;

    await this.db.query(`UPDATE units SET route_code = $1, status = 'assigned' WHERE id = $2`, [route.code, driver.unitId]);
    this.notifyDriver(driver, route);
    await this.db.query(
      `INSERT INTO dispatch_log (route_code, unit_id, driver_id, notified, assigned_at) VALUES ($1, $2, $3, true, now())`,
      [route.code, driver.unitId, driver.id],
    );
    return driver;
  }

  async assignBacklog(routes: Route[]): Promise<{ assigned: string[]; unassigned: string[] }> {
    const assigned: string[] = [];
    const unassigned: string[] = [];
    const ordered = [...routes].sort((a, b) => a.priority - b.priority || b.lengthKm - a.lengthKm);
    for (const route of ordered) {
      const driver = await this.assignRoute(route);
      (driver ? assigned : unassigned).push(route.code);
    }
    return { assigned, unassigned };
  }

  private pickDriver(candidates: Driver[], route: Route): Driver | undefined {
    const neededMs = (route.lengthKm / AVG_PLOUGH_KMH) * 3_600_000;
    const now = Date.now();
    return candidates
      .filter((d) => new Date(d.shiftEndsAt).getTime() - now > neededMs)
      .sort((a, b) => b.bladeWidthM - a.bladeWidthM)[0];
  }

  private async notifyDriver(driver: Driver, route: Route): Promise<void> {
    const body = `Route ${route.code} (${route.lengthKm.toFixed(1)} km, P${route.priority}) assigned to unit ${driver.unitId}. Reply OK to confirm.`;
    const { messageId } = await this.sms.send(driver.phone, body);
    await this.db.query(`INSERT INTO sms_outbox (message_id, driver_id, route_code) VALUES ($1, $2, $3)`, [
      messageId,
      driver.id,
      route.code,
    ]);
  }
}
