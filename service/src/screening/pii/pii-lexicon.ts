// Loads the personal-data context words once, normalised like posts are.
import data from '../lexicon/pii-context.json' with { type: 'json' };
import { normaliseText } from '../normalise/normalise-text.js';

const norm = (words: readonly string[]) => words.map((w) => normaliseText(w).text);

export const piiWords = {
  nationalIdPositive: norm(data.nationalIdPositive),
  nationalIdNegative: norm(data.nationalIdNegative),
  nonThaiIdContext: norm(data.nonThaiIdContext),
  bankContext: norm(data.bankContext),
  promptPayContext: norm(data.promptPayContext),
  phoneContext: norm(data.phoneContext),
  foreignContactWords: norm(data.foreignContactWords),
  weakLineIdContext: norm(data.weakLineIdContext),
  officeHandleParts: norm(data.officeHandleParts),
  publicPhoneIntroducers: norm(data.publicPhoneIntroducers),
  personalPhoneWords: norm(data.personalPhoneWords),
  missingPersonCues: norm(data.missingPersonCues),
  placeBeforeOffice: norm(data.placeBeforeOffice),
  announcingVerbs: norm(data.announcingVerbs),
  officeAfterNumber: norm(data.officeAfterNumber),
  officeOwners: norm(data.officeOwners),
  businessOwners: norm(data.businessOwners),
  ownerPersonWords: norm(data.ownerPersonWords),
  personalSlotLeads: norm(data.personalSlotLeads),
  accountHostWords: norm(data.accountHostWords),
  officeHeads: norm(data.officeHeads),
  officeHeadStops: norm(data.officeHeadStops),
  officeHeadInsideWords: norm(data.officeHeadInsideWords),
  adminSectionNouns: norm(data.adminSectionNouns),
  accountContactWords: norm(data.accountContactWords),
  emailContactWords: norm(data.emailContactWords),
  publicEmailDomains: norm(data.publicEmailDomains),
  companyEmailDomains: norm(data.companyEmailDomains),
  roleMailboxes: new Set(norm(data.roleMailboxes)),
  roleMailboxPrefixes: norm(data.roleMailboxPrefixes),
  passportContext: norm(data.passportContext),
  codeContext: norm(data.codeContext),
  plateContext: norm(data.plateContext),
  plateUnits: norm(data.plateUnits),
  plateStop: new Set(data.plateStop),
  lineIdContext: norm(data.lineIdContext),
  emailAt: norm(data.emailAt),
  emailDot: norm(data.emailDot),
  emailTld: norm(data.emailTld),
  emailSpelledDomains: norm(data.emailSpelledDomains),
  serviceOrganisations: norm(data.serviceOrganisations),
  serviceCues: norm(data.serviceCues),
  publishedPlaces: norm(data.publishedPlaces),
  serviceNotOrganisations: norm(data.serviceNotOrganisations),
  serviceNegations: data.serviceNegations,
  serviceOwnerPronouns: data.serviceOwnerPronouns,
  serviceGivenBy: norm(data.serviceGivenBy),
};

const byLength = (words: string[]) => words.sort((a, b) => b.length - a.length);

export const addressWords = {
  introducers: byLength(norm(data.addressIntroducers)),
  strongIntroducers: new Set(norm(data.addressStrongIntroducers)),
  parts: byLength(norm(data.addressParts)),
  /** Words that start a predicate, not a name: "ถนนพังมาสามเดือน" is a complaint, not ถนน + a road name. */
  notNames: byLength(norm(data.addressNotNames)),
  /** Written after their name in English (Ngamwongwan Road, Bang Phut Subdistrict). */
  suffixParts: byLength(norm(data.addressSuffixParts)),
  /** Subdistrict, district, province: with another part they make a number an address on their own. */
  adminParts: new Set(norm(data.addressAdminParts)),
  /** A number right after one of these is its road's, bus line's or marker's (ถนนสาย 2, km 12), never a house's. */
  numbered: byLength(norm(data.addressNumberedWords)),
  /** Round 18: institutions that own the address after them (public-address.ts). */
  publicOwners: norm(data.publicAddressOwners),
  privateMarks: norm(data.privateAddressMarks),
  homeIntroducers: new Set(norm(data.homeIntroducers)),
  homePinWords: norm(data.homePinWords),
  homeBetweenMarks: norm(data.homeBetweenMarks),
};

/** A word with its regular-expression characters escaped. */
export const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word list as one alternation, longest first (so a word wins over its prefix), each word escaped. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** Round 20's whose-number, e-mail and room patterns, built once from the lists in pii-context.json. */
export const round20Patterns = {
  /** An organisation's noun: a business, an office, a station, and the desk that answers for it. */
  organisation: new RegExp(`(?:${alternation(norm(data.organisationNouns))})`),
  /** Where a business publishes its number. */
  published: new RegExp(alternation(norm(data.publishedPlaces))),
  /** A switchboard's extension right after a number (ต่อ 108, ext. 214, x12). */
  extension: new RegExp(`^ ?(?:${alternation(norm(data.extensionWords))}) ?\\d{1,5}(?!\\d)`),
  /** A person asked for at the number (ขอสายคุณนิดา, ask for Khun Ploy), a few units after the extension at most. */
  personAsked: new RegExp(
    `^.{0,6}(?:${alternation(norm(data.personAskedWords))})\\s?(?:${alternation(norm(data.personAskedTitles))})`,
  ),
  /** The poster's own workplace right before the number. */
  ownWorkplace: new RegExp(`(?:${alternation(norm(data.ownWorkplaceWords))})[^\\d]{0,12}$`),
  /** "Reply to", "send it back to", "contact me at", right before an address. */
  replyTo: new RegExp(
    `(?:${alternation(norm(data.replyToThai))})(?:ที่|ตี้|ทาง)? ?$|(?:${alternation(norm(data.replyToEnglish))})(?: at| on| to)? ?:? ?$`,
  ),
  /** Words that make a room someone's home. */
  homeRoom: new RegExp(alternation(norm(data.homeRoomWords))),
  /** What is done in a room that is no one's home, right before it. */
  roomUse: new RegExp(`(?:${alternation(norm(data.roomUseWords))})[^\\s]{0,6}\\s?(?:ที่)?$`),
  /** A building named in a room's address. */
  namedBuilding: new RegExp(alternation(norm(data.namedBuildingWords))),
};
