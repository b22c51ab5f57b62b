// expect: no-promise-as-value
// hourMeter.read is async but its result is interpolated into the ticket description without await, so technicians see "[object Promise]" instead of the run hours.
export interface BlowerInfo {
  serial: string;
  organ: string;
  church: string;
  motorKw: number;
  installedYear: number;
}

export interface HourMeter {
  read(serial: string): Promise<number>;
}

export interface TicketSystem {
  open(ticket: ServiceTicket): Promise<{ ticketId: string }>;
}

export interface ServiceTicket {
  title: string;
  description: string;
  priority: 'low' | 'normal' | 'urgent';
  tags: string[];
}

export interface Symptom {
  kind: 'noise' | 'vibration' | 'overheat' | 'low-wind' | 'wont-start';
  reportedBy: string;
  notes?: string;
}

function priorityFor(symptom: Symptom): ServiceTicket['priority'] {
  if (symptom.kind === 'wont-start' || symptom.kind === 'overheat') return 'urgent';
  if (symptom.kind === 'low-wind') return 'normal';
  return 'low';
}

export class BlowerServiceDesk {
  constructor(
    private readonly hourMeter: HourMeter,
    private readonly tickets: TicketSystem,
  ) {}

  async report(blower: BlowerInfo, symptom: Symptom, sundayService: boolean): Promise<string> {
    const priority = sundayService && symptom.kind !== 'noise' ? 'urgent' : priorityFor(symptom);
    const age = new Date().getFullYear() - blower.installedYear;

    const description = [
      `Blower ${blower.serial} (${blower.motorKw} kW) serving the ${blower.organ} at ${blower.church}.`,
      `Reported by ${symptom.reportedBy}: ${symptom.kind}${symptom.notes ? ` — ${symptom.notes}` : ''}.`,
      `Motor age ${age} years, hours run: ${this.hourMeter.read(blower.serial)}.`,
      sundayService ? 'Needed for Sunday service.' : '',
    ]
      .filter(Boolean)
      .join('\n');

    const { ticketId } = await this.tickets.open({
      title: `${symptom.kind} on blower ${blower.serial}`,
      description,
      priority,
      tags: ['organ-blower', blower.church.toLowerCase().replace(/\s+/g, '-')],
    });
    return ticketId;
  }
}
