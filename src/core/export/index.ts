// Bulk export of a year's ratings (README.md beside this file).
export { UniqueNames, UniqueSheetNames, safeFileName, safeSheetName } from './file-names';
export { indexBytes, indexLines } from './index-text';
export { indexFileName, planExport, summarySheetName } from './plan';
export type { ExportItem, ExportPlan, ExportPlanResult, ExportRequest } from './plan';
export {
  noteText,
  organizationRatings,
  positionText,
  ratingTableData,
  roleRank,
  secretaryOf,
  sortMembers,
  tableDataOf,
  tableSignature,
  tableTitle,
} from './rating-table';
export type { MemberRow, OrganizationRatings, RatingTableOptions, RoleRank } from './rating-table';
export { exportStages, renderedFile, runExport } from './run-export';
export type { ExportHooks, ExportProgress, ExportResult, ExportStage, RenderedFile } from './run-export';
export { SummaryBuilder, organizationSheet } from './workbook-data';
export type { OrganizationSheet, RatingsSummary, RatingsWorkbookSink, SummaryRow, TargetRow } from './workbook-data';
