// The typed shape every language file fills in; a missing key is a type error, not a blank label.
import type { CaseStatus, FlagReason, Kind } from '../api/api.types.js';

export interface Translation {
  /** BCP 47 tag used for Intl formatting (Thai dates use the Buddhist calendar). */
  dateLocale: string;
  loading: string;
  retry: string;
  errorGeneric: string;
  errorNetwork: string;
  errorRateLimited: (seconds: number) => string;
  errorSite: string;
  /** The site is archived: it takes no new posts here. */
  archived: (site: string, hotline: string | null) => string;
  /** Shown only if the receipt's chunk cannot load after a successful submission. */
  sentFallback: (code: string, key: string) => string;
  optional: string;
  views: { label: string; form: string; track: string; feed: string };
  kinds: Record<Kind, string>;
  form: {
    heading: (site: string) => string;
    kind: string;
    category: string;
    categoryNone: string;
    title: string;
    details: string;
    detailsHint: string;
    location: string;
    locationText: string;
    locationHint: string;
    useMyLocation: string;
    locating: string;
    located: (lat: string, lng: string) => string;
    locationFailed: string;
    removeLocation: string;
    contact: string;
    contactHint: string;
    contactRequired: string;
    name: string;
    phone: string;
    email: string;
    notify: string;
    notifyNeedsContact: string;
    private: string;
    tipNote: string;
    privacy: string;
    consent: string;
    submit: string;
    submitting: string;
    errorSummary: (count: number) => string;
    required: string;
    consentRequired: string;
    invalidEmail: string;
    invalidPhone: string;
    tooLong: (max: number) => string;
  };
}

/** Strings needed only after the first interaction (screening preview, receipt, track and feed views), in a lazy chunk. */
export interface ViewTranslation {
  screening: {
    heading: string;
    checking: string;
    clean: string;
    hold: string;
    fix: string;
    types: Record<string, string>;
    other: string;
  };
  receipt: {
    heading: string;
    published: string;
    held: string;
    private: string;
    trackingCode: string;
    accessKey: string;
    keyWarning: string;
    link: string;
    copy: string;
    copyLink: string;
    copied: string;
    follow: string;
    another: string;
  };
  statuses: Record<CaseStatus, string>;
  track: {
    heading: string;
    intro: string;
    code: string;
    key: string;
    submit: string;
    notFound: string;
    status: string;
    submittedOn: (date: string) => string;
    timeline: string;
    /** Labels of timeline events by type (`citizen_message`, `published`, …). */
    events: Record<string, string>;
    answers: string;
    answerPublic: string;
    answerPrivate: string;
    noAnswers: string;
    deadlines: string;
    deadlineNames: Record<string, string>;
    due: (date: string) => string;
    overdue: string;
    met: string;
    addInfo: string;
    addInfoLabel: string;
    send: string;
    sent: string;
    feedbackHeading: string;
    feedbackIntro: string;
    satisfied: string;
    notFixed: string;
    rating: string;
    ratings: [string, string, string, string, string];
    comment: string;
    sendFeedback: string;
    feedbackThanks: string;
    reopened: string;
    another: string;
  };
  feed: {
    heading: string;
    filters: string;
    kind: string;
    allKinds: string;
    category: string;
    allCategories: string;
    status: string;
    allStatuses: string;
    search: string;
    searchButton: string;
    loadMore: string;
    empty: string;
    noMatch: string;
    answer: string;
    noAnswer: string;
    postedOn: (date: string) => string;
    loadedMore: (count: number) => string;
    results: (count: number, more: boolean) => string;
    redacted: string;
  };
  /** The citizen's personal-data rights on the track view (PDPA): download, erasure, correction, restriction. */
  privacy: {
    heading: string;
    intro: string;
    retention: (years: number, date: string | null) => string;
    download: string;
    downloading: string;
    downloaded: string;
    askHeading: string;
    typeLegend: string;
    types: Record<'erasure' | 'correction' | 'restriction', string>;
    typeHints: Record<'erasure' | 'correction' | 'restriction', string>;
    details: string;
    keepPublic: string;
    send: string;
    sent: (date: string) => string;
    requests: string;
    statuses: Record<'open' | 'completed' | 'refused', string>;
    dueBy: (date: string) => string;
    decidedOn: (date: string) => string;
    grounds: Record<string, string>;
    erased: string;
  };
  /** "Same problem?", "me too" and "report this post". */
  community: {
    meToo: string;
    supporters: (count: number) => string;
    supported: (count: number) => string;
    withdrawn: (count: number) => string;
    report: string;
    reportHeading: string;
    reasons: Record<FlagReason, string>;
    note: string;
    sendReport: string;
    cancel: string;
    reported: string;
    similarHeading: string;
    similarIntro: string;
    follow: string;
    submitAnyway: string;
    similarFound: (count: number) => string;
    distance: (metres: number) => string;
    followed: (trackingCode: string, count: number) => string;
    followedNotify: string;
  };
}
