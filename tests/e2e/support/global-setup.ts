import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/** Serves the built site on 127.0.0.1 for the whole browser suite. */
export default async function setup(project: TestProject) {
	const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
	if (!existsSync(`${dist}index.html`)) throw new Error('dist/ has no built site: run `npm run build` before `npm run test:e2e`.');
	const server = await serveStatic(dist);
	project.provide('baseUrl', server.url);
	return server.close;
}
