// expect: none
// loadAvatar is handed to Array.map, which calls it for every user, so Promise.all receives one fetch promise per user; the signal reaches each fetch through the closure.
interface TeamMember {
  id: string;
  displayName: string;
  avatarUrl: string | null;
}

const FALLBACK_AVATAR = '/static/avatar-placeholder.svg';

export class AvatarGallery {
  private objectUrls: string[] = [];

  constructor(private readonly root: HTMLElement) {}

  async show(members: TeamMember[], signal: AbortSignal): Promise<void> {
    const loadAvatar = async (member: TeamMember): Promise<{ member: TeamMember; src: string }> => {
      if (!member.avatarUrl) return { member, src: FALLBACK_AVATAR };
      const res = await fetch(member.avatarUrl, { signal, credentials: 'include' });
      if (!res.ok) {
        console.warn(`avatar for ${member.id} returned ${res.status}`);
        return { member, src: FALLBACK_AVATAR };
      }
      const src = URL.createObjectURL(await res.blob());
      this.objectUrls.push(src);
      return { member, src };
    };

    const loaded = await Promise.all(members.map(loadAvatar));
    signal.throwIfAborted();

    const list = document.createElement('ul');
    list.className = 'avatar-gallery';
    for (const { member, src } of loaded) {
      const item = document.createElement('li');
      const img = document.createElement('img');
      img.src = src;
      img.alt = member.displayName;
      img.width = img.height = 40;
      item.append(img, document.createTextNode(member.displayName));
      list.append(item);
    }
    this.root.replaceChildren(list);
  }

  dispose(): void {
    for (const url of this.objectUrls) URL.revokeObjectURL(url);
    this.objectUrls = [];
    this.root.replaceChildren();
  }
}
