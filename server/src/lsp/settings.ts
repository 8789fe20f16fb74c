import { DEFAULT_SEVERITY, type CheckSettings, type FindingCode, type Severity } from '../corpus';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../host/files';
import { NO_ARCHIVE, readArchiveSettings, type ArchiveSettings } from './archiveSettings';

/** The `copydesk.*` settings the server reads (from the client's configuration or initialization options). */
export interface ServerSettings {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly checks: CheckSettings;
  readonly inlayHints: boolean;
  readonly archive: ArchiveSettings;
  /** The desk file, relative to each workspace folder (never outside it). */
  readonly deskFile: string;
  /** What an article that states no date is resolved against. */
  readonly undatedArticles: 'leaveUnresolved' | 'fileModificationDate';
}

export const DEFAULT_SERVER_SETTINGS: ServerSettings = {
  include: DEFAULT_INCLUDE,
  exclude: DEFAULT_EXCLUDE,
  checks: { severity: DEFAULT_SEVERITY },
  inlayHints: true,
  archive: NO_ARCHIVE,
  deskFile: '.copydesk/desk.json',
  undatedArticles: 'leaveUnresolved',
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads settings defensively: anything malformed falls back to the default. */
export function readSettings(raw: unknown): ServerSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, d: readonly string[]) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : d);
  const severity: Record<FindingCode, Severity | 'off'> = { ...DEFAULT_SEVERITY };
  const checks = r['checks'];
  if (checks && typeof checks === 'object') {
    for (const [code, value] of Object.entries(checks as Record<string, unknown>)) {
      if (code in severity && typeof value === 'string' && SEVERITIES.has(value)) severity[code as FindingCode] = value as Severity | 'off';
    }
  }
  return {
    include: strings(r['include'], DEFAULT_INCLUDE),
    exclude: strings(r['exclude'], DEFAULT_EXCLUDE),
    checks: { severity },
    inlayHints: typeof r['inlayHints'] === 'boolean' ? r['inlayHints'] : true,
    archive: readArchiveSettings(r['archive']),
    deskFile: deskFilePath(r['deskFile']),
    undatedArticles: r['undatedArticles'] === 'fileModificationDate' ? 'fileModificationDate' : 'leaveUnresolved',
  };
}

/** A desk file path relative to the workspace folder; an absolute path or one leaving the folder is refused. */
function deskFilePath(v: unknown): string {
  if (typeof v !== 'string' || !v.trim()) return DEFAULT_SERVER_SETTINGS.deskFile;
  const p = v.trim().replace(/\\/g, '/');
  if (p.startsWith('/') || /^[a-z]:/i.test(p) || p.split('/').includes('..')) return DEFAULT_SERVER_SETTINGS.deskFile;
  return p;
}
