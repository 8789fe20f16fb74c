export { Desk, DEFAULT_SETTINGS } from './desk';
export type { ArticleRecord } from './article';
export { describeArticle, fileName, comparePublished, sentenceOf } from './article';
export type { Finding, FindingCode, Severity, RelatedPlace, Fix, TextEdit } from './findings';
export { DEFAULT_SEVERITY } from './findings';
export type { CheckSettings, DeskView } from './view';
export type { WorkspaceEntity, EntityRef, Pins } from './registry';
export { sourceOf } from './checks/quotations';
