// The console bundle entry: `/console` loads this; it defines <complaint-console> and the other teams' views.
import './console/workflow/index.js';
import './console/reports/index.js';
import './console/cb-privacy/index.js';
import './console/define.js';

export { ComplaintConsole } from './console/complaint-console/complaint-console.component.js';
