import { describe, expect, it } from 'vitest';
import { parseSkillText } from '../../../src/skill-text/parse-skill-text';
import { SkillTextError, type SkillTextProblem } from '../../../src/skill-text/skill-text-error';
import { lineOf, readFixture } from './support';

/** The problems parsing a fixture reports; fails the test when it parses. */
function problemsOf(name: string, locales?: string[]): readonly SkillTextProblem[] {
	try {
		parseSkillText(readFixture(name), { locales });
	} catch (error) {
		if (error instanceof SkillTextError) return error.problems;
		throw error;
	}
	throw new Error(`${name} was imported without a problem`);
}

describe('a skill text the importer cannot read', () => {
	it('parses the small playbook the bad inputs are made from', () => {
		expect(parseSkillText(readFixture('minimal-skill.txt')).map((document) => document.locale)).toEqual(['en']);
	});

	it('is an empty file', () => {
		expect(problemsOf('empty.txt')).toEqual([expect.objectContaining({ line: 1, message: 'the skill text is empty' })]);
	});

	it('has a fence that never closes', () => {
		const text = readFixture('unclosed-fence.txt');
		expect(problemsOf('unclosed-fence.txt')).toEqual([
			{
				line: lineOf(text, '~~~python', 1),
				message: `the ~~~ fence opened here is never closed (another fence opens at line ${lineOf(text, '~~~python', 2)})`,
				fix: expect.stringContaining('~~~'),
			},
		]);
	});

	it('has dicts that do not parse, each reported with its line', () => {
		const text = readFixture('bad-dict.txt');
		expect(problemsOf('bad-dict.txt')).toEqual([
			expect.objectContaining({
				line: lineOf(text, '"purpose" "Find candidates",'),
				message: expect.stringContaining('cannot read this line'),
			}),
			expect.objectContaining({
				line: lineOf(text, '"Writes down the evidence"') + 1,
				message: `"}" closes a list (opened at line ${lineOf(text, '"roles": [')})`,
			}),
		]);
	});

	it('has halves with different items', () => {
		const text = readFixture('halves-differ.txt');
		expect(problemsOf('halves-differ.txt')).toEqual([
			expect.objectContaining({
				line: lineOf(text, '当用户需要以下帮助时，使用此技能：'),
				message: expect.stringMatching(/lists 1 item here, in zh-cn, but 2 in en/),
			}),
			expect.objectContaining({
				line: lineOf(text, 'channels: ['),
				message: expect.stringMatching(/^HIRING_STAGES\.stage_1_sourcing\.channels lists 3 items/),
			}),
			expect.objectContaining({ line: lineOf(text, 'role: {'), message: expect.stringContaining('is "role" here but "roles" in en') }),
		]);
	});

	it('has no models at all', () => {
		const text = readFixture('no-models.txt');
		expect(problemsOf('no-models.txt')).toEqual([
			expect.objectContaining({ line: lineOf(text, 'Hiring Output Format'), message: expect.stringContaining('has no models') }),
		]);
	});

	it('misses a standard section', () => {
		const text = readFixture('missing-section.txt');
		expect(problemsOf('missing-section.txt')).toEqual([
			expect.objectContaining({
				line: lineOf(text, 'What This Skill Does'),
				message: 'the standard section "Core Principle" is missing before this line',
			}),
		]);
	});

	it('splits a key over two lines where no known word shows the split', () => {
		const text = readFixture('broken-key.txt');
		expect(problemsOf('broken-key.txt')).toEqual([
			expect.objectContaining({ line: lineOf(text, '"zq'), message: expect.stringContaining('("zq" / "xvkw") cannot be repaired') }),
		]);
	});

	it('gives entries of a numbered dict different fields', () => {
		const text = readFixture('uneven-entries.txt');
		expect(problemsOf('uneven-entries.txt')).toEqual([
			expect.objectContaining({ line: lineOf(text, '"stage_2_interviews": {'), message: expect.stringContaining('keys goal, channels') }),
		]);
	});

	it('is not a skill text at all', () => {
		expect(() => parseSkillText('Hello\nThis is a letter, not a playbook.\n')).toThrow(
			/^skill\.txt:1: no section of the skill-text format is found/,
		);
	});

	it('has an empty list item', () => {
		const text = readFixture('minimal-skill.txt').replace('- run interviews', '-');
		expect(() => parseSkillText(text)).toThrow(new RegExp(`^skill\\.txt:${lineOf(text, '-')}: this list item is empty\n`));
	});

	it('names more locales than it has halves', () => {
		expect(problemsOf('minimal-skill.txt', ['en', 'zh-cn'])).toEqual([
			expect.objectContaining({ line: 1, message: expect.stringContaining('--locales names 2 locale(s) but the text has 1') }),
		]);
	});

	it('carries every problem in its message as file:LINE: what is wrong, with a fix', () => {
		const text = readFixture('bad-dict.txt');
		const [first, second] = [lineOf(text, '"purpose" "Find candidates",'), lineOf(text, '"Writes down the evidence"') + 1];
		try {
			parseSkillText(text);
		} catch (error) {
			expect((error as Error).message).toMatch(
				new RegExp(`^skill\\.txt:${first}: cannot read this line[^\\n]*\\n {2}Fix: .+\\nskill\\.txt:${second}: `),
			);
			expect((error as Error).stack).not.toMatch(/\n\s+at /);
		}
		expect.assertions(2);
	});
});
