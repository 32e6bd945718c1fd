// PDFs as Chromium prints them, read back page by page: what a reader holds in their hand.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PrintedPage {
	/** The page's text with every space and line break taken out, so a wrapped title still matches. */
	text: string;
	/** How far down the page the lowest line of each column reaches, as a share of its height. */
	columnDepths: [number, number];
	/** The baselines of the page's lines of text, in points from its top, highest first. */
	baselines: number[];
	/** The page's size in points. */
	width: number;
	height: number;
}

export const squeezed = (text: string) => text.replace(/\s+/g, '');

/** The pages of a PDF as the test reads them. */
export async function readPdf(buffer: Buffer): Promise<PrintedPage[]> {
	const pdf = await getDocument({ data: new Uint8Array(buffer), verbosity: 0 }).promise;
	const pages: PrintedPage[] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const page = await pdf.getPage(number);
		const [, , width, height] = page.view as [number, number, number, number];
		const strings: string[] = [];
		const lowest = [height, height];
		const baselines = new Set<number>();
		for (const item of (await page.getTextContent()).items) {
			if (!('str' in item) || !item.str.trim()) continue;
			strings.push(item.str);
			const [x, y] = [item.transform[4] as number, item.transform[5] as number];
			const column = x < width / 2 ? 0 : 1;
			lowest[column] = Math.min(lowest[column]!, y);
			baselines.add(Math.round(height - y));
		}
		pages.push({
			text: squeezed(strings.join('')),
			columnDepths: [1 - lowest[0]! / height, 1 - lowest[1]! / height],
			baselines: [...baselines].sort((a, b) => a - b),
			width,
			height
		});
	}
	await pdf.destroy();
	return pages;
}
