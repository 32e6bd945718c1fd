// The spreadsheet export, prerendered to build/data/events.csv.
import { getDataset } from '$lib/server/data/dataset';
import { toEventsCsv } from '$lib/server/exports/export';

export const prerender = true;

export function GET() {
	return new Response(toEventsCsv(getDataset()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
