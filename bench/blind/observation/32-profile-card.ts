// expect: none
// The avatar request is started before the profile render, and a no-op handler is attached right away with `avatarP.catch(() => {})`; the later `await` still surfaces the error.
interface Profile { name: string; bio: string; avatarUrl: string }

declare function fetchProfile(userId: string): Promise<Profile>;
declare function fetchAvatar(userId: string): Promise<Blob>;

export async function renderProfileCard(root: HTMLElement, userId: string): Promise<void> {
  const avatarP = fetchAvatar(userId);
  avatarP.catch(() => {});

  const profile = await fetchProfile(userId);

  const card = document.createElement("article");
  card.className = "profile-card";
  const heading = document.createElement("h2");
  heading.textContent = profile.name;
  const bio = document.createElement("p");
  bio.textContent = profile.bio;
  card.append(heading, bio);
  root.replaceChildren(card);

  const img = document.createElement("img");
  img.alt = `${profile.name}'s avatar`;
  try {
    img.src = URL.createObjectURL(await avatarP);
  } catch {
    img.src = profile.avatarUrl;
  }
  card.prepend(img);
}
