export { eraseUser } from './erase-user.ts';
export { EXPORT_FORMAT, exportUserData } from './export-user-data.ts';
export type { ExportDeps, UserDataExport } from './export-user-data.ts';
