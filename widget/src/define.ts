// Registers the widget's elements; a page that loads the script twice keeps the first registration.
// The form ships in the main bundle; the track and feed views are chunks fetched on first use.
import { ComplaintBoxForm } from './complaint-box-form/complaint-box-form.component.js';
import { ComplaintBox } from './complaint-box/complaint-box.component.js';
import type { ComplaintBoxFeed } from './complaint-box-feed/complaint-box-feed.component.js';
import type { ComplaintBoxTrack } from './complaint-box-track/complaint-box-track.component.js';

export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

ComplaintBox.viewLoaders = {
  track: () =>
    import('./complaint-box-track/complaint-box-track.component.js').then((m) =>
      define('complaint-box-track', m.ComplaintBoxTrack),
    ),
  feed: () =>
    import('./complaint-box-feed/complaint-box-feed.component.js').then((m) => define('complaint-box-feed', m.ComplaintBoxFeed)),
};

// Children first, so <complaint-box> upgrades with its eager view ready.
define('complaint-box-form', ComplaintBoxForm);
define('complaint-box', ComplaintBox);

declare global {
  interface HTMLElementTagNameMap {
    'complaint-box': ComplaintBox;
    'complaint-box-form': ComplaintBoxForm;
    'complaint-box-track': ComplaintBoxTrack;
    'complaint-box-feed': ComplaintBoxFeed;
  }
}
