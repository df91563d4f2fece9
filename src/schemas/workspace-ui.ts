/**
 * UI strings of the client picker and the workspace page (`pb.workspace.<key>` in
 * src/content/i18n/<lang>.json). Placeholders: `{name}` and `{other}` client names, `{file}` a file
 * name, `{count}` a number, `{mine}` / `{theirs}` dates, `{size}` / `{limit}` sizes, `{version}` /
 * `{supported}` file format versions, `{path}` where in a file a value is wrong, `{language}` a
 * language name.
 */
export const workspaceStringKeys = [
	// The picker on every template and checklist page.
	'client',
	'new',
	'rename',
	'delete',
	'all',
	'name',
	'cancel',
	'create',
	'saveName',
	'confirmDelete',
	'unnamed',
	'askDelete',
	'switched',
	'created',
	'renamed',
	'deleted',
	'full',
	'blocked',
	// The workspace page: overview of the selected client.
	'noScript',
	'summaryEmpty',
	'fillSummary',
	'status',
	'edited',
	'notStarted',
	'started',
	'complete',
	'alsoIn',
	// Export and import.
	'transfer',
	'transferIntro',
	'exportOne',
	'exportAll',
	'exported',
	'importFile',
	'importAsk',
	'importAdds',
	'importReplaces',
	'importConfirm',
	'imported',
	'importCancelled',
	'errTooLarge',
	'errNotJson',
	'errTruncated',
	'errWrongType',
	'errNewer',
	'errInvalid',
	'errRead',
	'errFull',
] as const;

export type WorkspaceStringKey = (typeof workspaceStringKeys)[number];
