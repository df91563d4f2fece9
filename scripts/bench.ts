/**
 * `npm run bench`: how the generator's build time grows with a playbook's size, against a plain Starlight site.
 * Builds, in one run: the client playbook; synthetic playbooks (imported from a generated skill text, built as
 * drafts) of about 100 and 1,000 pages per locale; and plain Starlight sites (Markdown pages of the same size and
 * number, two locales, search on). Prints wall-clock seconds, milliseconds per page and the ratio to plain Starlight;
 * `--runs N` builds each N times and keeps the median.
 * Not a test: the numbers depend on the machine. It writes into this checkout's generated folders
 * (src/content/docs, src/content/i18n) and `bench/`: run it alone, then `npm run build` again for the real site.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticSkill } from '../src/skill-text/synthetic.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const astro = join(root, 'node_modules/.bin/astro');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' }, runs: { type: 'string', default: '1' } } });
const sizes = values.sizes.split(',').map(Number);
// A shared machine's speed drifts from one minute to the next: with `--runs 3` each build runs three times, the
// playbook and its plain Starlight site one after the other, and the median counts.
const runCount = Number(values.runs);
if (!Number.isInteger(runCount) || runCount < 1) throw new Error(`--runs takes a whole number of at least 1, not “${values.runs}”.`);

interface Run {
	name: string;
	pages: number;
	seconds: number;
}

/** The run of median time. */
function medianOf(list: Run[]): Run {
	return [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)]!;
}

/** Runs `astro build` and times it; throws with the output if it fails. */
function build(name: string, args: string[], env: Record<string, string> = {}): Run {
	const out = mkdtempSync(join(tmpdir(), 'bench-out-'));
	const started = performance.now();
	const result = spawnSync(astro, ['build', '--outDir', out, ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0) throw new Error(`${name} failed to build:\n${result.stdout}\n${result.stderr}`);
	const pages = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
	rmSync(out, { recursive: true, force: true });
	return { name, pages, seconds };
}

/** A synthetic playbook of about `perLocale` pages per locale: about two pages per stage (its page and checklist). */
function syntheticPlaybook(perLocale: number): string {
	const dir = mkdtempSync(join(tmpdir(), 'bench-playbook-'));
	const text = join(dir, 'skill.txt');
	writeFileSync(text, syntheticSkill({ stages: Math.max(1, Math.round((perLocale - 12) / 2)), models: 4 }));
	const result = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), text, join(dir, 'playbook')], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`The synthetic skill text did not import:\n${result.stderr}`);
	return join(dir, 'playbook');
}

/**
 * A plain Starlight site with `perLocale` Markdown pages in each of two locales, of a stage page's size. Each page's
 * text is its own, as on a real site: with one body repeated on every page, Astro's content store keeps that body
 * once (devalue writes a repeated string once), and plain Starlight's store of 2,000 pages was 1.6 MB instead of 20.
 */
function plainSite(perLocale: number): string {
	const dir = join(root, 'bench', `plain-${perLocale}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/content/docs/zh-cn'), { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ site: 'https://bench.example', integrations: [starlight({ title: 'Plain', defaultLocale: 'root', locales: { root: { label: 'English', lang: 'en' }, 'zh-cn': { label: '简体中文', lang: 'zh-CN' } } })] });\n`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	const page = (n: number, zh: boolean) =>
		[
			'---',
			`title: ${zh ? `第 ${n} 页` : `Page ${n}`}`,
			`description: ${zh ? '一个用于比较构建时间的页面。' : 'A page to compare build times with.'}`,
			'---',
			...['Context', 'Success', 'Scope', 'Roles', 'Risks', 'Recommendations', 'Next step'].flatMap((h, i) => [
				'',
				`## ${zh ? `第 ${i + 1} 节` : h}`,
				'',
				zh
					? `第 ${n} 页第 ${i + 1} 节：这一段文字的长度与手册页面上的一个章节相当，用来让两种构建处理同样多的内容。`
					: `Page ${n}, section ${i + 1}: this paragraph is about as long as a section of a playbook page, so that both builds process as much text.`,
				'',
				'- one\n- two\n- three',
			]),
		].join('\n');
	for (let n = 1; n <= perLocale; n++) {
		writeFileSync(join(dir, `src/content/docs/${n === 1 ? 'index' : `page-${n}`}.md`), page(n, false));
		writeFileSync(join(dir, `src/content/docs/zh-cn/${n === 1 ? 'index' : `page-${n}`}.md`), page(n, true));
	}
	return dir;
}

const runs: Run[] = [medianOf(Array.from({ length: runCount }, () => build('client playbook', [])))];
const rows: { size: number; playbook: Run; plain: Run }[] = [];
for (const size of sizes) {
	const playbookDir = syntheticPlaybook(size);
	const pairs = Array.from({ length: runCount }, () => ({
		playbook: build(`synthetic playbook, ~${size} pages per locale`, [], { PLAYBOOK_DIR: playbookDir, PLAYBOOK_DRAFT: '1' }),
		// A new plain site each time: its content cache is cold, as the playbook's is.
		plain: build(`plain Starlight, ${size} pages per locale`, ['--root', plainSite(size)]),
	}));
	const playbook = medianOf(pairs.map((pair) => pair.playbook));
	const plain = medianOf(pairs.map((pair) => pair.plain));
	runs.push(playbook, plain);
	rows.push({ size, playbook, plain });
	rmSync(dirname(playbookDir), { recursive: true, force: true });
}

const ms = (run: Run) => ((run.seconds * 1000) / run.pages).toFixed(1);
console.log('\n| build | pages | seconds | ms per page |\n| --- | ---: | ---: | ---: |');
for (const run of runs) console.log(`| ${run.name} | ${run.pages} | ${run.seconds.toFixed(1)} | ${ms(run)} |`);
console.log('\n| pages per locale | playbook ÷ plain Starlight (whole build) |\n| ---: | ---: |');
for (const row of rows) console.log(`| ${row.size} | ${(row.playbook.seconds / row.plain.seconds).toFixed(2)}× |`);
rmSync(join(root, 'bench'), { recursive: true, force: true });
