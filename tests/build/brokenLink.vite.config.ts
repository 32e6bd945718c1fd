// The real Vite config plus one broken link on the about page, so a build fails late: while prerendering.
import { mergeConfig, type Plugin } from 'vite';
import config from '../../vite.config.ts';

const brokenLink: Plugin = {
	name: 'test:broken-link',
	enforce: 'pre',
	transform(code, id) {
		if (!id.endsWith('/src/routes/(site)/about/+page.svelte')) return;
		return `${code}\n<a href="/no-such-page">A page that does not exist</a>\n`;
	}
};

export default mergeConfig(config, { plugins: [brokenLink] });
