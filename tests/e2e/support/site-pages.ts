import { contentLocales } from '../../../src/locales';
import { loadPlaybook } from '../../../src/lib/content/load-playbook';
import { pagesOf } from '../../../src/lib/pages';
import { projectRoot } from '../../unit/support/content-copy';

/** Every generated page in every locale, as URL paths: the registry the site is built from. */
export function sitePaths(): { path: string; id: string; locale: string; kind: string }[] {
	const playbook = loadPlaybook({ root: projectRoot });
	const reference = playbook.byLocale[playbook.locales[0]!.id]!;
	return contentLocales().flatMap((locale) =>
		pagesOf(reference).map((page) => ({
			id: page.id,
			kind: page.kind,
			locale: locale.id,
			path: `/${[locale.prefix, page.id].filter(Boolean).join('/')}${locale.prefix || page.id ? '/' : ''}`,
		})),
	);
}
