// Tables added by the reports capability (filled in by its issue); merged into `Database`.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReportsTables {}
