/**
 * The service worker's early precache pass in a worker thread (service-worker.ts `startPrecache`): Workbox's
 * manifest of every file of the built site in `workerData` (a `PrecacheJob`), posted back as it is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { manifestOf, type PrecacheJob } from './service-worker.ts';

const { dir, base } = workerData as PrecacheJob;
parentPort!.postMessage(await manifestOf(dir, base, ['**/*']));
