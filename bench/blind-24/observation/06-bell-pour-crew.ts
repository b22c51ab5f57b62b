// expect: no-unchecked-settled-results
// Only fulfilled allSettled entries are read; rejected pages to pour crew are silently dropped and the pour is reported as fully staffed.
import { randomUUID } from 'node:crypto';

export interface CrewMember {
  name: string;
  role: 'furnace' | 'ladle' | 'mould' | 'safety';
  pagerId: string;
}

export interface PourPlan {
  bellName: string;
  bronzeKg: number;
  pourAt: Date;
  crew: CrewMember[];
}

export interface PagerReceipt {
  pagerId: string;
  messageId: string;
  deliveredAt: string;
}

export interface PourNotice {
  noticeId: string;
  bellName: string;
  receipts: PagerReceipt[];
  rolesConfirmed: CrewMember['role'][];
}

declare const pagerGateway: {
  send(pagerId: string, text: string, opts: { priority: 'normal' | 'urgent' }): Promise<PagerReceipt>;
};

function formatPourTime(date: Date): string {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

function messageFor(plan: PourPlan, member: CrewMember): string {
  const base = `${plan.bellName}: pour at ${formatPourTime(plan.pourAt)}, ${plan.bronzeKg} kg bronze.`;
  switch (member.role) {
    case 'furnace':
      return `${base} Bring melt to 1150°C by T-30.`;
    case 'ladle':
      return `${base} Preheat ladle and skim dross at T-10.`;
    case 'mould':
      return `${base} Cope and core secured, vents clear by T-20.`;
    case 'safety':
      return `${base} Clear the pit floor and check aluminised gear.`;
  }
}

export async function notifyPourCrew(plan: PourPlan): Promise<PourNotice> {
  const priority = plan.bronzeKg > 2000 ? 'urgent' : 'normal';
  const results = await Promise.allSettled(
    plan.crew.map((member) => pagerGateway.send(member.pagerId, messageFor(plan, member), { priority })),
  );

  const receipts: PagerReceipt[] = [];
  for (const result of results) {
    if (result.status === 'fulfilled') {
      receipts.push(result.value);
    }
  }

  const roles = new Set<CrewMember['role']>();
  for (const member of plan.crew) {
    roles.add(member.role);
  }

  return {
    noticeId: randomUUID(),
    bellName: plan.bellName,
    receipts,
    rolesConfirmed: [...roles],
  };
}
