'use strict';
// Runs pa11y (runners axe and htmlcs, standard WCAG2AA) on every page named in a JSON file
// and prints one JSON array of {url, label, issues, error} to stdout. One Chromium for all
// pages: /usr/bin/chromium, never a browser of puppeteer's own (PUPPETEER_SKIP_DOWNLOAD=1).
//
//   node run.js pages.json
//   pages.json: {"chromium": "/usr/bin/chromium",
//                "pages": [{"label": "/login", "url": "http://localhost:8080/login",
//                           "headers": {"Cookie": "SESSION=…"}}]}
//
// Driven by org.between.e2e.Pa11yTest; exits 0 whatever pa11y found (the test judges),
// 2 when it could not run at all.
const fs = require('fs');
const puppeteer = require('puppeteer');
const pa11y = require('pa11y');

// The same flags as the Playwright browser tests (STACK-NOTES): no look-ups of outside
// hosts, no background connections.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
	'--disable-component-update', '--disable-sync', '--no-first-run',
	'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost'];

async function main() {
	const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
	const browser = await puppeteer.launch({
		executablePath: config.chromium || '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_ARGS
	});
	const results = [];
	try {
		for (const target of config.pages) {
			const result = {label: target.label, url: target.url, issues: [], error: null};
			// Between's service worker (registered by the first page, /crisis) would answer later
			// navigations itself, without the Cookie header given here: each page bypasses it.
			const page = await browser.newPage();
			await page.setBypassServiceWorker(true);
			try {
				const found = await pa11y(target.url, {
					browser,
					page,
					runners: ['axe', 'htmlcs'],
					standard: 'WCAG2AA',
					headers: target.headers || {},
					timeout: 30000,
					viewport: target.viewport || {width: 390, height: 844}
				});
				result.documentTitle = found.documentTitle;
				result.pageUrl = found.pageUrl;
				result.issues = found.issues.map((issue) => ({
					runner: issue.runner, code: issue.code, type: issue.type,
					message: issue.message, selector: issue.selector, context: issue.context
				}));
			}
			catch (error) {
				result.error = String(error && error.message || error);
			}
			finally {
				await page.close().catch(() => {});
			}
			results.push(result);
		}
	}
	finally {
		await browser.close();
	}
	process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
	process.stderr.write('pa11y could not run: ' + (error && error.stack || error) + '\n');
	process.exit(2);
});
