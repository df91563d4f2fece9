import { Worker } from 'node:worker_threads';

/**
 * Runs the worker-thread module at `module` (a file URL) with `data` as its `workerData`, and resolves with the
 * first message it posts back. Rejects with the worker's own error if it throws, or with an error naming `name`
 * if it exits before posting. The promise may wait unawaited while the build goes on: its rejection is marked
 * handled until a caller awaits it, so a failure surfaces there and does not end the process on its own.
 */
export function workerResult<T>(module: URL, data: unknown, name: string): Promise<T> {
	const worker = new Worker(module, { workerData: data });
	const result = new Promise<T>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`${name} stopped (exit code ${code}) before it reported.`)));
	});
	result.catch(() => {});
	return result;
}
