// Entry point of the screening engine: the one function the rest of the service calls.
import { addressDetector } from './detectors/address.detector.js';
import { bankAccountDetector } from './detectors/bank-account.detector.js';
import { conversationDetector } from './detectors/conversation.detector.js';
import { emailDetector } from './detectors/email.detector.js';
import { licensePlateDetector } from './detectors/license-plate.detector.js';
import { lineIdDetector } from './detectors/line-id.detector.js';
import { linkDetector } from './detectors/link.detector.js';
import { nationalIdDetector } from './detectors/national-id.detector.js';
import { passportDetector } from './detectors/passport.detector.js';
import { personNameDetector } from './detectors/person-name.detector.js';
import { phoneDetector } from './detectors/phone.detector.js';
import { profanityDetector } from './detectors/profanity.detector.js';
import { sensitiveDetector } from './detectors/sensitive.detector.js';
import type { Detector } from './detector.js';
import { runPipeline } from './pipeline.js';
import type { ScreeningLimits, ScreeningResult, ScreeningSettings } from './types.js';

export type { Finding, ScreeningLimits, ScreeningResult, ScreeningSettings, Severity } from './types.js';
export { DEFAULT_BUDGET_MS } from './budget.js';
export { HOLDING_KINDS } from './pipeline.js';
export { isValidCitizenId } from './detectors/national-id.detector.js';
export { redactionFor } from './redaction.js';

/**
 * Detectors in order. Numbers are claimed once: an ID before a bank account before a phone;
 * e-mail before links; sensitive data last because it needs to know whether someone is identified.
 */
const detectors: readonly Detector[] = [
  profanityDetector,
  emailDetector,
  nationalIdDetector,
  bankAccountDetector,
  phoneDetector,
  passportDetector,
  licensePlateDetector,
  addressDetector,
  lineIdDetector,
  personNameDetector,
  linkDetector,
  sensitiveDetector,
  conversationDetector,
];

/**
 * Screens one free text for profanity and personal data; pure and synchronous, linear in the text's length.
 * A pass that exceeds its budget (`limits`) stops and holds the post with a `review/screening_incomplete` finding.
 */
export function screenText(text: string, settings: ScreeningSettings = {}, limits?: ScreeningLimits): ScreeningResult {
  return runPipeline(detectors, text, settings, limits);
}
