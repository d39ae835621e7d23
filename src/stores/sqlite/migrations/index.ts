// The schema's history, oldest first. Migrations are TypeScript strings rather than .sql
// files so they load the same way under Node's type stripping and under Jest's SWC transform,
// with no file reads or copying. To change the schema, add the next numbered file here.
import type { SqliteMigration } from '../migrate.ts';
import { foundation } from './001-foundation.ts';
import { channelState } from './002-channel-state.ts';
import { reflections } from './003-reflections.ts';
import { journeys } from './004-journeys.ts';
import { nudges } from './005-nudges.ts';
import { pendingNudges } from './006-pending-nudges.ts';

export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  foundation,
  channelState,
  reflections,
  journeys,
  nudges,
  pendingNudges,
];
