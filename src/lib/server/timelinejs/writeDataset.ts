// Writes an imported story as a data folder the site builds from: site.yaml, themes.yaml, events/<id>.yaml.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ImportedStory } from './importTimelineJs.ts';

const YAML_OPTIONS = { lineWidth: 100 };

/** Writes the story into `dir` (which should be empty): the same layout as the project's data/. */
export function writeImportedDataset(story: ImportedStory, dir: string, file: string): void {
	mkdirSync(join(dir, 'events'), { recursive: true });
	writeFileSync(
		join(dir, 'site.yaml'),
		`# Imported from ${file} by npm run import:timelinejs: check url and licence before publishing.\n` +
			stringify(story.site, YAML_OPTIONS)
	);
	writeFileSync(
		join(dir, 'themes.yaml'),
		story.themes.length > 0 ? stringify(story.themes, YAML_OPTIONS) : '[]\n'
	);
	for (const event of story.events)
		writeFileSync(join(dir, 'events', `${event.id}.yaml`), stringify(event, YAML_OPTIONS));
}
