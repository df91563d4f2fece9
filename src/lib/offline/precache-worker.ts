/**
 * The service worker's early precache pass in a worker thread (precache.ts `startPrecache`): Workbox's manifest
 * of the files of `workerData` (a `PrecacheJob`), posted back as it is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { manifestOf, type PrecacheJob } from './precache.ts';

const { dir, base, globPatterns } = workerData as PrecacheJob;
parentPort!.postMessage(await manifestOf(dir, base, globPatterns));
