// expect: no-reused-settled-promise
// The retry loop awaits the same delivery promise on every attempt, so after the first failure each retry just re-reads that rejection instead of sending the page again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RescueTeam {
  teamId: string;
  callsign: string;
  pagerId: string;
  onCall: boolean;
}

export interface PagerGateway {
  sendPage(pagerId: string, text: string): Promise<{ deliveryId: string; deliveredAt: Date }>;
}

export interface CalloutIncident {
  incidentId: string;
  grid: string;
  category: 'fallen-climber' | 'lost-walker' | 'avalanche' | 'crag-rescue' | 'medical';
  priority: 1 | 2 | 3;
}

export interface PageReceipt {
  teamId: string;
  deliveryId: string;
  attempts: number;
}

function pageText(incident: CalloutIncident, team: RescueTeam): string {
  const prio = incident.priority === 1 ? 'IMMEDIATE' : incident.priority === 2 ? 'URGENT' : 'ROUTINE';
  return `${prio} ${team.callsign}: ${incident.category.replace('-', ' ')} at ${incident.grid} ref ${incident.incidentId}`;
}

export class TeamPagerDelivery {
  constructor(
    private readonly gateway: PagerGateway,
    private readonly maxAttempts = 4,
    private readonly backoffMs = 2000,
  ) {}

  async page(team: RescueTeam, incident: CalloutIncident): Promise<PageReceipt> {
    const text = pageText(incident, team);
    const delivery = this.gateway.sendPage(team.pagerId, text);

    let attempt = 0;
    for (;;) {
      attempt++;
      try {
        const { deliveryId } = await delivery;
        return { teamId: team.teamId, deliveryId, attempts: attempt };
      } catch (err) {
        if (attempt >= this.maxAttempts) {
          throw new Error(`Paging ${team.callsign} failed after ${attempt} attempts: ${(err as Error).message}`);
        }
        await sleep(this.backoffMs * attempt);
      }
    }
  }

  async callOut(teams: RescueTeam[], incident: CalloutIncident): Promise<{ paged: PageReceipt[]; unreachable: string[] }> {
    const paged: PageReceipt[] = [];
    const unreachable: string[] = [];
    for (const team of teams.filter((t) => t.onCall)) {
      try {
        paged.push(await this.page(team, incident));
      } catch {
        unreachable.push(team.callsign);
      }
    }
    if (paged.length === 0) {
      throw new Error(`No team could be paged for ${incident.incidentId}`);
    }
    return { paged, unreachable };
  }
}
