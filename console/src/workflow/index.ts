// The console's workflow views: registers <cb-workflow-view> once, even if the script loads twice.
import { CbWorkflowSettings } from './cb-workflow-settings.component.js';
import { CbWorkflowView } from './cb-workflow-view.component.js';

if (!customElements.get('cb-workflow-settings')) customElements.define('cb-workflow-settings', CbWorkflowSettings);
if (!customElements.get('cb-workflow-view')) customElements.define('cb-workflow-view', CbWorkflowView);

export { CbWorkflowSettings, CbWorkflowView };

declare global {
  interface HTMLElementTagNameMap {
    'cb-workflow-view': CbWorkflowView;
    'cb-workflow-settings': CbWorkflowSettings;
  }
}
