// What a page needs to cite a source, without shipping its full text.
import type { Source, SourceSummary } from '../../model.ts';

export type { SourceSummary };

/** Sources keyed by id, stripped to their citation metadata. */
export function sourceSummaries(sources: readonly Source[]): Record<string, SourceSummary> {
	return Object.fromEntries(
		sources.map((source) => {
			const { id, title, publisher, published, publishedPrecision, publishedLabel, kind, voice } =
				source;
			return [
				id,
				{ id, title, publisher, published, publishedPrecision, publishedLabel, kind, voice }
			];
		})
	);
}
