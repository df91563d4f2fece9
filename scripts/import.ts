/**
 * Imports a playbook written in the skill-text format into a playbook folder:
 * `npm run import -- <skill.txt> <dir> [--locales en,zh-cn] [--force]`.
 * Writes nothing unless the whole text imports; exits 1 with `file:LINE: what is wrong` and a `Fix:` line.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { LocaleCodeSchema } from '../src/schemas/locales.ts';
import { parseSkillText } from '../src/skill-text/parse-skill-text.ts';
import { playbookFiles } from '../src/skill-text/playbook-files.ts';
import { formatProblems, SkillTextError } from '../src/skill-text/skill-text-error.ts';
import { PlaybookFolderError, writePlaybookFolder } from '../src/skill-text/write-playbook-folder.ts';

const usage = 'Usage: npm run import -- <skill.txt> <dir> [--locales en,zh-cn] [--force]';

function fail(message: string, fix: string): number {
	console.error(`${message}\n  Fix: ${fix}\nNothing was written.`);
	return 1;
}

function main(): number {
	let args;
	try {
		args = parseArgs({ allowPositionals: true, options: { locales: { type: 'string' }, force: { type: 'boolean', default: false } } });
	} catch (error) {
		return fail(error instanceof Error ? error.message : String(error), usage);
	}
	const [file, dir] = args.positionals;
	if (!file || !dir || args.positionals.length > 2) return fail('give the skill text and the folder to import into', usage);
	const locales = args.values.locales?.split(',').map((code) => code.trim());
	const badCode = locales?.find((code) => !LocaleCodeSchema.safeParse(code).success);
	if (badCode !== undefined)
		return fail(`--locales: "${badCode}" is not a locale code`, 'use lower-case codes separated by commas, e.g. --locales en,zh-cn');

	let source: string;
	try {
		source = readFileSync(file, 'utf8');
	} catch (error) {
		return fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, 'check the path of the skill text');
	}
	try {
		const documents = parseSkillText(source, { locales });
		const files = playbookFiles(documents, basename(file));
		writePlaybookFolder(dir, files, { force: args.values.force });
		const models = documents[0]?.models.length ?? 0;
		console.log(`Imported ${file} into ${dir}: ${documents.map((d) => d.locale).join(', ')}, ${models} models, ${files.length} files.`);
		return 0;
	} catch (error) {
		if (error instanceof SkillTextError) {
			const count = error.problems.length === 1 ? '1 problem' : `${error.problems.length} problems`;
			console.error(`${file} cannot be imported (${count}):\n${formatProblems(file, error.problems)}\nNothing was written.`);
			return 1;
		}
		if (error instanceof PlaybookFolderError) return fail(error.message, error.fix);
		return fail(
			`the import failed: ${error instanceof Error ? error.message : String(error)}`,
			'report this with the skill text that caused it',
		);
	}
}

process.exitCode = main();
