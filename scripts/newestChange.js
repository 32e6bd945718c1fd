// When a build is stale: the newest modification time under a set of paths, compared with a stamp file.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time (ms) of `path` or of anything under it; 0 if it does not exist. */
export function newestChange(path) {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	return Math.max(
		stats.mtimeMs,
		...readdirSync(path).map((name) => newestChange(join(path, name)))
	);
}

/** Whether `stamp` is missing or older than any of `inputs`. */
export function isStale(stamp, inputs) {
	if (!existsSync(stamp)) return true;
	return Math.max(...inputs.map(newestChange)) > statSync(stamp).mtimeMs;
}
