// The typed shape of the console's strings; each language file fills all of it (a missing key is a type error).
import type {
  CaseKind,
  CaseStatus,
  Channel,
  ModerationState,
  Role,
  ScreenedField,
  Visibility,
} from '../../../service/src/contract/staff-api.js';

export type ConsoleLang = 'th' | 'en';

export interface ConsoleTranslation {
  lang: ConsoleLang;
  /** BCP 47 tag for dates: Thai shows the Buddhist era. */
  dateLocale: string;
  appTitle: string;
  skipToMain: string;
  switchLanguage: string;
  loading: string;
  retry: string;
  save: string;
  saved: string;
  cancel: string;
  close: string;
  edit: string;
  add: string;
  none: string;
  yes: string;
  no: string;
  errorNetwork: string;
  errorGeneric: string;
  errorFields: string;
  /** What a refusal means, by HTTP status, before the server's own (English) detail. */
  statusMessages: Record<number, string>;
  notAvailable: (what: string) => string;
  login: {
    heading: string;
    intro: string;
    username: string;
    password: string;
    submit: string;
    submitting: string;
    failed: string;
    locked: string;
  };
  nav: {
    label: string;
    queue: string;
    posts: string;
    entry: string;
    department: string;
    reports: string;
    audit: string;
    admin: string;
    account: string;
    logout: string;
    signedInAs: (name: string, role: string) => string;
  };
  roles: Record<Role, string>;
  queue: {
    heading: string;
    waiting: (count: number) => string;
    oldest: (age: string) => string;
    empty: string;
    filters: string;
    allSites: string;
    allKinds: string;
    allReasons: string;
    reasonNone: string;
    refresh: string;
    shortcuts: string;
    shortcutList: [string, string][];
    listLabel: string;
    waitingFor: (age: string) => string;
  };
  /** Citizens' reports of published posts ("report this post"). */
  community: {
    filter: string;
    badge: (count: number) => string;
    personalData: string;
    heading: string;
    intro: string;
    reasons: Record<string, string>;
    reporter: (key: string, reports: number) => string;
    manyReports: string;
    ignored: string;
    cleared: string;
    ignore: string;
    ignoredNow: string;
    restore: string;
    restored: (trackingCode: string) => string;
    removeHint: string;
    sort: string;
    sortNewest: string;
    sortSupporters: string;
    supporters: string;
  };
  review: {
    original: string;
    preview: string;
    findings: string;
    noFindings: string;
    accept: string;
    accepted: string;
    acceptAll: string;
    clearAll: string;
    redactSelection: string;
    selectionHint: string;
    selectionEmpty: string;
    manualSpan: string;
    remove: string;
    contact: string;
    contactNote: string;
    noContact: string;
    wantsNotify: string;
    approve: string;
    approveWith: (n: number) => string;
    reject: string;
    rejectReason: string;
    rejectNote: string;
    confirmReject: string;
    visibility: string;
    approved: (code: string) => string;
    rejected: (code: string) => string;
    fields: Record<ScreenedField, string>;
    severity: Record<string, string>;
    kindsOfFinding: Record<string, string>;
  };
  cases: {
    heading: string;
    search: string;
    searchHint: string;
    state: string;
    allStates: string;
    more: string;
    empty: string;
    open: string;
    back: string;
    publicText: string;
    notPublished: string;
    answers: string;
    noAnswers: string;
    newAnswer: string;
    answerPublic: string;
    answerPublicHint: string;
    signAs: string;
    signCentre: string;
    answerText: string;
    send: string;
    history: (n: number) => string;
    editedAt: (when: string) => string;
    unpublish: string;
    unpublishReason: string;
    makeVisibility: string;
    timeline: string;
    staffOnly: string;
    makePublic: string;
    makePrivate: string;
  };
  entry: {
    heading: string;
    intro: string;
    site: string;
    channel: string;
    kind: string;
    category: string;
    title: string;
    body: string;
    location: string;
    contact: string;
    name: string;
    phone: string;
    email: string;
    notify: string;
    private: string;
    consent: string;
    submit: string;
    done: (code: string, state: string) => string;
    keyNote: (key: string) => string;
  };
  audit: {
    heading: string;
    action: string;
    user: string;
    target: string;
    from: string;
    to: string;
    apply: string;
    when: string;
    who: string;
    what: string;
    change: string;
    before: string;
    after: string;
    more: string;
    empty: string;
  };
  admin: {
    heading: string;
    users: string;
    organisation: string;
    settings: string;
    username: string;
    displayName: string;
    role: string;
    department: string;
    site: string;
    allSitesUser: string;
    active: string;
    newPassword: string;
    newUser: string;
    deactivate: string;
    reactivate: string;
    departments: string;
    categories: string;
    code: string;
    nameTh: string;
    nameEn: string;
    mainCoordinator: string;
    urgentCoordinator: string;
    position: string;
    phone: string;
    lineId: string;
    email: string;
    defaultDepartment: string;
    urgent: string;
    sortOrder: string;
    allowedOrigins: string;
    allowedOriginsHint: string;
    contactRequiredKinds: string;
    moderateEverything: string;
    moderateEverythingHint: string;
    holdLinks: string;
    holdConversations: string;
    holdConversationsHint: string;
    blockedWords: string;
    allowedWords: string;
    publicNumbers: string;
    holidays: string;
    holidaysHint: string;
    onePerLine: string;
    communityFlagThreshold: string;
    communityFlagThresholdHint: string;
    similarRadius: string;
    similarRadiusHint: string;
    retentionYears: string;
    retentionYearsHint: string;
    maxPhotos: string;
    maxPhotosHint: string;
    keepUnredactedPhotos: string;
    keepUnredactedPhotosHint: string;
  };
  account: { heading: string; current: string; next: string; nextHint: string; submit: string; done: (ended: number) => string };
  kinds: Record<CaseKind, string>;
  channels: Record<Channel, string>;
  states: Record<ModerationState, string>;
  statuses: Record<CaseStatus, string>;
  visibilities: Record<Visibility, string>;
  /** Audit actions and timeline events in words; unknown codes are shown as they are. */
  actions: Record<string, string>;
  events: Record<string, string>;
  age: (seconds: number) => string;
  /** The LINE Official Account settings screen. */
  line: {
    tab: string;
    intro: string;
    enabled: string;
    channelSecret: string;
    channelAccessToken: string;
    secretHint: string;
    secretHintFirst: string;
    webhookUrl: string;
    webhookUrlHint: string;
    copy: string;
    copied: string;
    configured: string;
    notConfigured: string;
  };
}
