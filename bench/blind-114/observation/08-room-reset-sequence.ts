// expect: no-floating-promises
// The final publish of the 'ready' state is neither awaited nor handled, so a broker failure is an unhandled rejection and the booking desk may see the room ready before props are reset.
export interface MessageBus {
  publish(topic: string, payload: string): Promise<void>;
  request(topic: string, payload: string, timeoutMs: number): Promise<string>;
}

export interface RoomDefinition {
  id: string;
  props: string[];
  maglocks: string[];
  soundtrack: string;
}

export interface ResetLog {
  room: string;
  startedAt: number;
  finishedAt: number;
  failedProps: string[];
}

export class RoomResetter {
  private readonly log: ResetLog[] = [];

  constructor(
    private readonly bus: MessageBus,
    private readonly staffTopic = 'staff/alerts',
  ) {}

  async resetRoom(room: RoomDefinition): Promise<ResetLog> {
    const startedAt = Date.now();
    const base = `rooms/${room.id}`;
    const failedProps: string[] = [];

    await this.bus.publish(`${base}/audio`, 'stop');
    await this.bus.publish(`${base}/lights`, 'house');

    for (const lock of room.maglocks) {
      await this.bus.publish(`${base}/locks/${lock}`, 'engage');
    }

    for (const prop of room.props) {
      try {
        const reply = await this.bus.request(`${base}/props/${prop}`, 'reset', 3000);
        if (reply !== 'ok') failedProps.push(prop);
      } catch {
        failedProps.push(prop);
      }
    }

    if (failedProps.length > 0) {
      await this.bus.publish(this.staffTopic, `${room.id}: manual reset needed for ${failedProps.join(', ')}`);
    }

    await this.bus.publish(`${base}/audio`, `cue:${room.soundtrack}:intro`);
    this.bus.publish(`${base}/state`, failedProps.length ? 'needs-attention' : 'ready');

    const entry = { room: room.id, startedAt, finishedAt: Date.now(), failedProps };
    this.log.push(entry);
    return entry;
  }

  history(roomId: string): ResetLog[] {
    return this.log.filter((e) => e.room === roomId);
  }
}
