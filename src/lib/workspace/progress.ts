import type { WorkspaceRecord } from './record';

/** Whether a record holds anything typed or ticked. */
export const isStarted = (record: WorkspaceRecord | null | undefined): boolean =>
	!!record && (Object.values(record.values).some((v) => v.trim()) || !!record.ticks?.length);

/** How far a template or checklist of a client has come; the keys of its words in the UI strings. */
export type Progress = 'notStarted' | 'started' | 'complete';

/** What completes an item: every one of a template's own fields filled, or every box of a checklist ticked. */
export interface Completion {
	/** Template: its own field ids (ratings included), without the shared details. */
	fields?: string[];
	/** Checklist: how many boxes it has. */
	boxes?: number;
}

export function progressOf(record: WorkspaceRecord | null | undefined, need: Completion): Progress {
	if (!record || !isStarted(record)) return 'notStarted';
	const filled = (need.fields ?? []).every((id) => record.values[id]?.trim());
	const ticked = new Set(record.ticks).size >= (need.boxes ?? 0);
	return filled && ticked ? 'complete' : 'started';
}
