// The console's workflow views: registers <cb-workflow-view> once, even if the script loads twice.
import { CbWorkflowView } from './cb-workflow-view.component.js';

if (!customElements.get('cb-workflow-view')) customElements.define('cb-workflow-view', CbWorkflowView);

export { CbWorkflowView };

declare global {
  interface HTMLElementTagNameMap {
    'cb-workflow-view': CbWorkflowView;
  }
}
