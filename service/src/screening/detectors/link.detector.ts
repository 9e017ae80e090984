// Links, held only when the site turns holdLinks on (spam control); e-mail domains are not links.
import type { Candidate, Detector } from '../detector.js';

const LINK =
  /(?:https?:\/\/|www\.)[^\s<>"'()]+|(?<![a-z0-9@._-])(?:[a-z0-9-]+\.)+(?:com|net|org|info|biz|io|ly|me|co|th|xyz|shop|site|online|link|app|ru|cn)(?:\/[^\s<>"'()]*)?(?![a-z0-9@])/g;

const TRAILING_PUNCTUATION = /[.,!?]+$/;

export const linkDetector: Detector = {
  name: 'link',
  detect({ norm, settings, found }) {
    if (!settings.holdLinks) return [];
    const out: Candidate[] = [];
    for (const m of norm.text.matchAll(LINK)) {
      const start = m.index;
      const end = start + m[0].replace(TRAILING_PUNCTUATION, '').length;
      if (found.some((c) => c.type === 'email' && c.start < end && c.end > start)) continue;
      out.push({ kind: 'link', type: 'url', start, end, severity: 'low', rule: 'site.holdLinks' });
    }
    return out;
  },
};
