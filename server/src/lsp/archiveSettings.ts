/** `copydesk.archive.*`: where the newsroom archive is. The password is never a setting (see archive.ts). */
export interface ArchiveSettings {
  /** `postgres://user@host:5432/newsroom`, or null: no archive, the workspace alone (as before). */
  readonly url: string | null;
  /** Longest an archive question may take before the server answers without it. */
  readonly timeoutMs: number;
}

export const NO_ARCHIVE: ArchiveSettings = { url: null, timeoutMs: 1500 };

export function readArchiveSettings(raw: unknown): ArchiveSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const url = typeof r['url'] === 'string' && /^postgres(?:ql)?:\/\//.test(r['url'].trim()) ? r['url'].trim() : null;
  const t = r['timeoutMs'];
  const timeoutMs = typeof t === 'number' && Number.isFinite(t) ? Math.min(30_000, Math.max(100, t)) : NO_ARCHIVE.timeoutMs;
  return { url, timeoutMs };
}
