// "Same problem?" above the submit button: a compact list of open cases like this one; "me too" on one, or send anyway.
// Part of the form's lazy chunk: nothing here is downloaded before a citizen starts on the form.
import { html } from 'lit';
import type { ApiClient } from '../api/api-client.js';
import type { NewPost, SimilarCase } from '../api/api.types.js';
import { clientToken, markSupported } from '../api/client-token.js';
import type { Lang } from '../i18n/index.js';
import { viewStrings } from '../i18n/views.js';
import { contentLang } from '../render/content-lang.js';

/** How long the check may hold up sending: a slow answer must not cost the citizen their post. */
const SIMILAR_TIMEOUT_MS = 4000;

/** Open public cases like the post about to be sent; none when the check fails or is slow. */
export async function findSimilar(api: ApiClient, post: NewPost): Promise<SimilarCase[]> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), SIMILAR_TIMEOUT_MS);
  try {
    const { items } = await api.similar(
      {
        // Enough text to rank by; a GET's URL stays a few KB (Thai is 9 bytes a letter once percent-encoded).
        text: [...`${post.title}\n${post.body}`].slice(0, 400).join(''),
        category: post.category,
        lat: post.location?.lat,
        lng: post.location?.lng,
      },
      abort.signal,
    );
    return items;
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
}

export interface Followed {
  trackingCode: string;
  supporters: number;
  notify: boolean;
}

/** "Me too" on a listed case instead of sending; the contact goes along only when the citizen asked to be told. */
export async function followSimilar(api: ApiClient, site: string, item: SimilarCase, post: NewPost): Promise<Followed> {
  const notify = Boolean(post.notify && post.contact);
  const result = await api.support(item.id, clientToken(), notify ? post.contact : undefined);
  markSupported(site, item.id, true);
  return { trackingCode: item.trackingCode, supporters: result.supporters, notify };
}

export interface SimilarActions {
  busy: boolean;
  error: string;
  onFollow: (item: SimilarCase) => void;
}

/** What the polite status line says when the list appears or changes. */
export function similarFound(lang: Lang, count: number): string {
  return viewStrings(lang).community.similarFound(count);
}

export function similarTemplate(lang: Lang, items: readonly SimilarCase[], a: SimilarActions) {
  const v = viewStrings(lang);
  const c = v.community;
  return html`<section class="similar" part="similar" aria-labelledby="similar-heading">
    <h3 id="similar-heading" tabindex="-1">${c.similarHeading}</h3>
    <p>${c.similarIntro}</p>
    <ul class="similar-list">
      ${items.map(
        (item) =>
          html`<li>
            <p class="similar-title" id="similar-${item.id}" lang=${contentLang(item.title)}>${item.title}</p>
            <p class="muted small">
              ${v.statuses[item.status] ?? item.status} ·
              ${item.trackingCode}${item.distanceMetres === null ? '' : ` · ${c.distance(item.distanceMetres)}`} ·
              ${c.supporters(item.supporters)}
            </p>
            <button
              type="button"
              part="button me-too"
              aria-describedby="similar-${item.id}"
              aria-disabled=${a.busy ? 'true' : 'false'}
              @click=${() => !a.busy && a.onFollow(item)}
            >
              ${c.follow}
            </button>
          </li>`,
      )}
    </ul>
    ${a.error ? html`<p class="error" role="alert">${a.error}</p>` : ''}
    <p class="muted">${c.submitAnyway}</p>
  </section>`;
}

/** After "me too" from the form: the case joined, and what happens next. */
export function followedTemplate(lang: Lang, followed: Followed, onAnother: () => void) {
  const v = viewStrings(lang);
  return html`<section class="receipt" part="receipt" aria-labelledby="followed-heading">
    <h2 id="followed-heading" tabindex="-1">${v.community.followed(followed.trackingCode, followed.supporters)}</h2>
    ${followed.notify ? html`<p>${v.community.followedNotify}</p>` : ''}
    <div class="actions">
      <button type="button" part="button" @click=${onAnother}>${v.receipt.another}</button>
    </div>
  </section>`;
}
