/**
 * `/export`: everything kept about the person as a JSON file part (channels that cannot carry
 * a file degrade it, e.g. the widget's short-lived download link), with a short note.
 */
import { exportUserData, type ExportDeps } from '../../privacy/index.ts';
import { commandReply, type EngineReply, type Turn } from '../turn.ts';
import { EXPORT_READY, NEEDS_A_USER, NOTHING_KEPT, wordingFor } from '../wording.ts';

export const EXPORT_MEDIA_TYPE = 'application/json';

export async function exportCommand(deps: ExportDeps, turn: Turn): Promise<EngineReply> {
  const wording = wordingFor(turn.language);
  if (turn.userId === undefined)
    return commandReply([{ type: 'text', text: NEEDS_A_USER[wording] }]);
  const at = turn.message.receivedAt;
  const data = await exportUserData(deps, turn.userId, at);
  if (data === undefined) return commandReply([{ type: 'text', text: NOTHING_KEPT[wording] }]);
  return commandReply([
    { type: 'text', text: EXPORT_READY[wording] },
    {
      type: 'file',
      name: `sarathi-export-${at.toISOString().slice(0, 10)}.json`,
      mediaType: EXPORT_MEDIA_TYPE,
      bytes: new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`),
    },
  ]);
}
