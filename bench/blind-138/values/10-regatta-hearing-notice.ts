// expect: no-read-before-settle
// room is assigned in the .then callback of the room reservation, but the notice object copies it synchronously on the next statement, so every notice is posted with room "TBA".
export interface Protest {
  protestId: string;
  race: number;
  protestor: string;
  protestee: string;
  rule: string;
}

export interface RoomBooking {
  reserve(protestId: string, at: Date, minutes: number): Promise<{ name: string; floor: number }>;
}

export interface NoticeBoard {
  post(notice: HearingNotice): Promise<{ noticeId: string }>;
}

export interface HearingNotice {
  protestId: string;
  title: string;
  parties: string[];
  hearingAt: string;
  room: string;
  witnessesDue: string;
}

export class HearingScheduler {
  private nextSlot: Date;

  constructor(
    private readonly rooms: RoomBooking,
    private readonly board: NoticeBoard,
    firstHearing: Date,
    private readonly slotMinutes = 30,
  ) {
    this.nextSlot = new Date(firstHearing);
  }

  private takeSlot(): Date {
    const slot = new Date(this.nextSlot);
    this.nextSlot = new Date(slot.getTime() + this.slotMinutes * 60_000);
    return slot;
  }

  async schedule(protest: Protest): Promise<{ noticeId: string; hearingAt: Date }> {
    const hearingAt = this.takeSlot();

    let room = 'TBA';
    const reservation = this.rooms.reserve(protest.protestId, hearingAt, this.slotMinutes).then((r) => {
      room = `${r.name} (floor ${r.floor})`;
    });

    const notice: HearingNotice = {
      protestId: protest.protestId,
      title: `Race ${protest.race}: ${protest.protestor} v ${protest.protestee} — rule ${protest.rule}`,
      parties: [protest.protestor, protest.protestee],
      hearingAt: hearingAt.toISOString(),
      room,
      witnessesDue: new Date(hearingAt.getTime() - 15 * 60_000).toISOString(),
    };

    await reservation;
    const { noticeId } = await this.board.post(notice);
    return { noticeId, hearingAt };
  }

  async scheduleAll(protests: Protest[]): Promise<string[]> {
    const ids: string[] = [];
    for (const protest of protests.sort((a, b) => a.race - b.race)) {
      ids.push((await this.schedule(protest)).noticeId);
    }
    return ids;
  }
}
