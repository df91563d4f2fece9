/**
 * The quality gate in a worker thread (index.ts `qualityGate`): checks the built site of `workerData` (a
 * `GateJob`) and posts its `GateOutcome` back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkSite, type GateJob } from './outcome.ts';

parentPort!.postMessage(checkSite(workerData as GateJob));
