import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../lib/built-pages.ts';
import type { GateSite } from './check.ts';
import { checks } from './checks/index.ts';
import type { GateConfig } from './config.ts';
import { profileOf } from './config.ts';
import { baselinePage, exceptionOf } from './page-profiles.ts';
import type { Finding } from './rules.ts';
import { readSitePage, type SitePage } from './site-page.ts';
import { measureWeights, type PageWeight } from './weights.ts';

/** ✓ the item holds, ✗ it does not, n/a the page type does not need it. */
export type ItemStatus = 'pass' | 'fail' | 'n/a';

export interface PageResult {
	path: string;
	profile: string;
	/** By quality-check item id. */
	items: Record<string, ItemStatus>;
	/** Violations of rules that are not one of the seven items (language, links, wording, budgets…). */
	otherViolations: number;
	weight: PageWeight | undefined;
}

export interface GateResult {
	/** The built directory that was checked. */
	dir: string;
	pages: PageResult[];
	/** Pages left out, with the reason. */
	exceptions: { path: string; reason: string }[];
	/** Violations: the build fails if there is any. */
	violations: Finding[];
	/** Uses of a rejected word that a locale's words.yaml allows on purpose. */
	allowed: Finding[];
	/** Time the gate took, in milliseconds. */
	durationMs: number;
}

/** Reads every HTML page under `dir` (the built site) and runs every check. */
export function runGate(dir: string, config: GateConfig): GateResult {
	const started = performance.now();
	// As bytes: only the part the gate reads is decoded (site-page.ts `readerPart`).
	const all = htmlFiles(dir).map((file) => readSitePage(readFileSync(join(dir, file)), urlPathOf(file), config.locales));
	const byPath = new Map(all.map((page) => [page.path, page]));
	const exceptions: GateResult['exceptions'] = [];
	const checked: GateSite['pages'] = [];
	const wordPages: SitePage[] = [];
	for (const page of all) {
		const exception = exceptionOf(page.localPath) ?? exceptionOf(page.path);
		if (exception) {
			exceptions.push({ path: page.path, reason: exception.reason });
			if (exception.words) wordPages.push(page);
		} else checked.push({ page, profile: profileOf(config, page.localPath) });
	}
	const weights = measureWeights(dir, config.base, all, baselinePage);
	const site: GateSite = { dir, config, pages: checked, wordPages, byPath, weights };

	// A draft locale is being translated: what its pages lack is reported, not failed (locales.yaml `status`).
	const draftOf = (path: string) => {
		const locale = byPath.get(path)?.locale;
		return locale?.draft ? `${locale.lang} is a draft locale: its findings are reported, not failed.` : undefined;
	};
	const findings = checks
		.flatMap((check) => check(site))
		.map((f) => (f.allowed === undefined && draftOf(f.page) ? { ...f, allowed: draftOf(f.page)! } : f));
	const violations = dedupe(findings.filter((f) => f.allowed === undefined));
	const allowed = dedupe(findings.filter((f) => f.allowed !== undefined));

	// Violations by page: a draft build of a big playbook has tens of thousands.
	const byPage = new Map<string, Finding[]>();
	for (const f of violations) {
		const list = byPage.get(f.page);
		if (list) list.push(f);
		else byPage.set(f.page, [f]);
	}
	const pages = checked.map(({ page, profile }): PageResult => {
		const mine = byPage.get(page.path) ?? [];
		const items = Object.fromEntries(
			config.quality.ids.map((item) => [item, !profile.items.includes(item) ? 'n/a' : mine.some((f) => f.item === item) ? 'fail' : 'pass']),
		) as Record<string, ItemStatus>;
		return {
			path: page.path,
			profile: profile.id,
			items,
			otherViolations: mine.filter((f) => !f.item).length,
			weight: weights.get(page.path),
		};
	});
	return { dir, pages, exceptions, violations, allowed, durationMs: performance.now() - started };
}

/** `zh-cn/lifecycle/index.html` -> `/zh-cn/lifecycle/`; `404.html` stays a file. Paths leave Astro's `base` out. */
const urlPathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

function dedupe(findings: Finding[]): Finding[] {
	const seen = new Set<string>();
	return findings.filter((f) => {
		const key = `${f.page}\u0000${f.rule}\u0000${f.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export type { SitePage };
