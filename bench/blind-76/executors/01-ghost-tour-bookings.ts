// expect: no-multiple-settle
// The forked renderer is awaited via 'message' and 'error' only; if the child crashes or exits before replying, the promise never settles.
import { fork } from 'node:child_process';
import path from 'node:path';

export interface TourBooking {
  id: string;
  tourName: string;
  startsAt: Date;
  guests: { name: string; age: number }[];
  meetingPoint: string;
  lanternUpgrade: boolean;
}

interface RenderJob {
  ref: string;
  title: string;
  start: string;
  meet: string;
  lantern: boolean;
  guests: { name: string; child: boolean }[];
  outFile: string;
}

type RenderReply =
  | { ok: true; pages: number; bytes: number }
  | { ok: false; error: string };

export interface TicketResult {
  bookingId: string;
  pdfPath: string;
  pages: number;
  renderMs: number;
}

declare const config: {
  rendererModule: string;
  ticketDir: string;
};

declare const metrics: {
  timing(name: string, ms: number, tags?: Record<string, string>): void;
  increment(name: string, tags?: Record<string, string>): void;
};

function toRenderJob(booking: TourBooking, outFile: string): RenderJob {
  return {
    ref: booking.id,
    title: booking.tourName,
    start: booking.startsAt.toISOString(),
    meet: booking.meetingPoint,
    lantern: booking.lanternUpgrade,
    guests: booking.guests.map((g) => ({ name: g.name, child: g.age < 12 })),
    outFile,
  };
}

function renderInChild(job: RenderJob): Promise<{ pages: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(config.rendererModule, [], {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, TICKET_RENDER_MODE: 'pdf' },
    });

    child.once('error', reject);
    child.once('message', (raw) => {
      const reply = raw as RenderReply;
      if (reply.ok) {
        resolve({ pages: reply.pages, bytes: reply.bytes });
      } else {
        reject(new Error(`ticket renderer reported: ${reply.error}`));
      }
      child.disconnect();
    });

    child.send(job);
  });
}

export class TicketPrinter {
  private readonly inFlight = new Map<string, Promise<TicketResult>>();

  print(booking: TourBooking): Promise<TicketResult> {
    const existing = this.inFlight.get(booking.id);
    if (existing) return existing;

    const job = this.printOnce(booking).finally(() => {
      this.inFlight.delete(booking.id);
    });
    this.inFlight.set(booking.id, job);
    return job;
  }

  private async printOnce(booking: TourBooking): Promise<TicketResult> {
    if (booking.guests.length === 0) {
      throw new Error(`booking ${booking.id} has no guests`);
    }
    const outFile = path.join(config.ticketDir, `${booking.id}.pdf`);
    const started = performance.now();
    const { pages } = await renderInChild(toRenderJob(booking, outFile));
    const renderMs = performance.now() - started;

    metrics.timing('tickets.render_ms', renderMs, { tour: booking.tourName });
    metrics.increment('tickets.rendered');

    return { bookingId: booking.id, pdfPath: outFile, pages, renderMs };
  }
}
