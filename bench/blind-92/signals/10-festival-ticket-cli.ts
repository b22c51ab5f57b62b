// expect: none
// The signal is never named at the inner calls but still reaches them: listTickets hands the whole opts object (with its signal) to api.get, and the prompt gets { signal } from the CLI's own controller.
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface Ticket {
  code: string;
  holder: string;
  workshop: 'appalachian-flatfoot' | 'dutch-klompen' | 'welsh-step' | 'lancashire';
  checkedIn: boolean;
}

class FestivalApi {
  constructor(private readonly base: string, private readonly token: string) {}

  async get<T>(path: string, opts: RequestOptions = {}): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      ...opts,
      headers: { authorization: `Bearer ${this.token}`, ...opts.headers },
    });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return (await res.json()) as T;
  }

  async post<T>(path: string, body: unknown, opts: RequestOptions = {}): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method: 'POST',
      signal: opts.signal,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return (await res.json()) as T;
  }
}

export function listTickets(api: FestivalApi, workshop: Ticket['workshop'], opts: RequestOptions = {}) {
  return api.get<Ticket[]>(`/workshops/${workshop}/tickets`, opts);
}

export async function checkInLoop(api: FestivalApi, workshop: Ticket['workshop']): Promise<number> {
  const controller = new AbortController();
  const onSigint = () => controller.abort(new Error('door closed'));
  process.once('SIGINT', onSigint);
  const rl = createInterface({ input: stdin, output: stdout });
  let checkedIn = 0;

  try {
    const tickets = await listTickets(api, workshop, { signal: controller.signal });
    const byCode = new Map(tickets.map((t) => [t.code.toUpperCase(), t]));
    stdout.write(`${tickets.length} tickets for ${workshop}; type DONE to close the door.\n`);

    while (!controller.signal.aborted) {
      const code = (await rl.question('Ticket code: ', { signal: controller.signal })).trim().toUpperCase();
      if (code === 'DONE') break;
      const ticket = byCode.get(code);
      if (!ticket) {
        stdout.write('  unknown code\n');
        continue;
      }
      if (ticket.checkedIn) {
        stdout.write(`  ${ticket.holder} is already in\n`);
        continue;
      }
      await api.post(`/tickets/${code}/check-in`, { at: new Date().toISOString() }, { signal: controller.signal });
      ticket.checkedIn = true;
      checkedIn++;
      stdout.write(`  welcome, ${ticket.holder} — shoes on, floor two\n`);
    }
  } finally {
    process.off('SIGINT', onSigint);
    rl.close();
  }
  return checkedIn;
}
