// Links, held only when the site turns holdLinks on (spam control); e-mail domains are not links.
import type { Candidate, Detector } from '../detector.js';
import { OTHER, sharedMask } from '../span-mask.js';

const LINK =
  /(?:https?:\/\/|www\.)[^\s<>"'()]+|(?<![a-z0-9@._-])(?:[a-z0-9-]+\.)+(?:com|net|org|info|biz|io|ly|me|co|th|xyz|shop|site|online|link|app|ru|cn)(?:\/[^\s<>"'()]*)?(?![a-z0-9@])/g;

/**
 * Round 19: a link to a Thai government, academic, military or registered-organisation host (…go.th, …ac.th, …mi.th,
 * …or.th, whose registrar checks who asks) is no spam: a citizen telling the municipality its own website is down
 * (เว็บ www.….go.th เข้าไม่ได้) was held. Not in.th or co.th, which anyone may register.
 */
const PUBLIC_HOST = /^(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:go|ac|mi|or)\.th(?:[/:?#]|$)/;

/** [.,!?] by code unit. */
const isTrailingPunctuation = (c: number) => c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f;

export const linkDetector: Detector = {
  name: 'link',
  detect({ norm, settings, found }) {
    if (!settings.holdLinks) return [];
    const out: Candidate[] = [];
    const text = norm.text;
    const emails = sharedMask.reset(text.length);
    for (const c of found) if (c.type === 'email') emails.add(c.start, c.end, OTHER);
    for (const m of text.matchAll(LINK)) {
      const start = m.index;
      // Trailing punctuation is the sentence's, not the link's. A loop from the end: the regex /[.,!?]+$/ it
      // replaces retried from every position of a long run of dots and commas (quadratic).
      let end = start + m[0].length;
      while (end > start && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
      if (emails.overlaps(start, end, OTHER)) continue;
      if (PUBLIC_HOST.test(text.slice(start, end))) continue;
      out.push({ kind: 'link', type: 'url', start, end, severity: 'low', rule: 'site.holdLinks' });
    }
    return out;
  },
};
