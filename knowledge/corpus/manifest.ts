/**
 * corpus/manifest.json: the pinned sources (SHA-256, upstream commit and path), the hashes we
 * recognise as wrong, the counts a good corpus has, and each translator's rights. Validated
 * on every read, including the cross-references a schema alone cannot see.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CorpusManifestError } from './errors.ts';
import { corpusVersion } from './hash.ts';
import { isCanonicalRef } from './refs.ts';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');
const commit = z.string().regex(/^[0-9a-f]{40}$/, 'a full 40-hex commit');
const rights = z.enum(['public-domain', 'rights-reserved', 'rights-unclear']);

export const SOURCE_ROLES = ['verses', 'chapters', 'translations', 'authors', 'license'] as const;
export type SourceRole = (typeof SOURCE_ROLES)[number];

const pinnedFileSchema = z.strictObject({
  // A plain file name: sources are flat in a directory and in the data dir.
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a plain file name'),
  role: z.enum(SOURCE_ROLES),
  sha256,
  bytes: z.number().int().positive(),
  commit,
  path: z.string().min(1),
  note: z.string().optional(),
});

const manifestSchema = z.strictObject({
  $comment: z.string().optional(),
  schemaVersion: z.literal(1),
  corpus: z.literal('bhagavad-gita'),
  upstream: z.strictObject({
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
    license: z.string().min(1),
    rawUrlTemplate: z
      .string()
      .startsWith('https://')
      .refine((t) => t.includes('<commit>') && t.includes('<path>'), {
        message: 'must contain <commit> and <path>',
      }),
  }),
  files: z.array(pinnedFileSchema).min(1),
  knownBad: z.array(
    z.strictObject({
      file: z.string(),
      sha256,
      what: z.string().min(1),
      reason: z.string().min(1),
    }),
  ),
  expected: z.strictObject({
    chapters: z.number().int().positive(),
    verses: z.number().int().positive(),
    versesPerChapter: z.array(z.number().int().positive()),
    translators: z.number().int().positive(),
    translationsPerTranslator: z.number().int().positive(),
  }),
  translators: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/),
        upstreamAuthorId: z.number().int().positive(),
        name: z.string().min(1),
        language: z.enum(['en', 'hi']),
        rights,
        rightsNote: z.string().min(1),
      }),
    )
    .min(1),
  defaultShown: z.array(z.string()).min(1),
  sourceFields: z.array(
    z.strictObject({
      file: z.string(),
      field: z.string(),
      rights,
      use: z.enum(['retrieval-signal-only', 'shown']),
      note: z.string().min(1),
    }),
  ),
  translationGaps: z.array(
    z.strictObject({ ref: z.string(), translator: z.string(), reason: z.string().min(1) }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type PinnedFile = Manifest['files'][number];

export async function readManifest(path: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CorpusManifestError(path, 'cannot be read', { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorpusManifestError(path, 'is not valid JSON', { cause: error });
  }
  return parseManifest(json, path);
}

export function parseManifest(json: unknown, path = 'manifest.json'): Manifest {
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') ?? '';
    throw new CorpusManifestError(path, `${where || '(root)'}: ${first?.message ?? 'invalid'}`, {
      cause: parsed.error,
    });
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new CorpusManifestError(path, problems.join('; '));
  return parsed.data;
}

function crossCheck(m: Manifest): string[] {
  const problems: string[] = [];
  const names = m.files.map((f) => f.name);
  if (new Set(names).size !== names.length) problems.push('file names repeat');
  for (const role of SOURCE_ROLES) {
    const count = m.files.filter((f) => f.role === role).length;
    if (count !== 1) problems.push(`needs exactly one file with role "${role}", has ${count}`);
  }
  const pinned = new Set(m.files.map((f) => f.sha256));
  for (const bad of m.knownBad) {
    if (pinned.has(bad.sha256)) problems.push(`known-bad hash of ${bad.file} is also pinned`);
  }
  const e = m.expected;
  if (e.versesPerChapter.length !== e.chapters) {
    problems.push(
      `versesPerChapter lists ${e.versesPerChapter.length} chapters, not ${e.chapters}`,
    );
  }
  const sum = e.versesPerChapter.reduce((a, b) => a + b, 0);
  if (sum !== e.verses) problems.push(`versesPerChapter adds up to ${sum}, not ${e.verses}`);
  if (m.translators.length !== e.translators) {
    problems.push(`lists ${m.translators.length} translators, expected says ${e.translators}`);
  }
  const ids = new Set(m.translators.map((t) => t.id));
  if (ids.size !== m.translators.length) problems.push('translator ids repeat');
  const authors = new Set(m.translators.map((t) => t.upstreamAuthorId));
  if (authors.size !== m.translators.length) problems.push('upstream author ids repeat');
  for (const id of m.defaultShown) {
    if (!ids.has(id)) problems.push(`defaultShown names unknown translator "${id}"`);
  }
  for (const gap of m.translationGaps) {
    if (!ids.has(gap.translator)) problems.push(`gap names unknown translator "${gap.translator}"`);
    if (!isCanonicalRef(gap.ref)) problems.push(`gap ref "${gap.ref}" is not a canonical ref`);
  }
  return problems;
}

export function fileForRole(manifest: Manifest, role: SourceRole): PinnedFile {
  const file = manifest.files.find((f) => f.role === role);
  // parseManifest guarantees one file per role.
  if (file === undefined) throw new Error(`manifest has no ${role} file`);
  return file;
}

export function upstreamUrl(manifest: Manifest, file: PinnedFile): string {
  return manifest.upstream.rawUrlTemplate
    .replace('<commit>', file.commit)
    .replace('<path>', file.path);
}

export function manifestVersion(manifest: Manifest): string {
  return corpusVersion(manifest.files.map((f) => f.sha256));
}
