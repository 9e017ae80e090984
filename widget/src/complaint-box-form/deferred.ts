// The parts of the form needed only once a citizen starts on it (screening preview, receipt, photos): one lazy chunk.
export { receiptTemplate } from './receipt.template.js';
export { screeningTemplate, screeningVerdict } from './screening.template.js';
export { findSimilar, followedTemplate, followSimilar, similarFound, similarTemplate } from './similar.template.js';
export { CbPhotoPicker } from './photos/photo-picker.js';
