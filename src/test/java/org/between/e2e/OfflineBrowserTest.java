package org.between.e2e;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline help in Chromium (issue 19): the service worker keeps the crisis pages of every
 * country, so that /crisis opens without a connection with its {@code tel:} and
 * {@code sms:} links and the day it was saved; any other page offline opens the offline
 * page; a client who turns on "Keep my plan on this phone" reads their own plan offline,
 * and turning it off or signing out removes it. Each test lists the caches' keys: nothing
 * else is kept. Every wait is on a condition: the worker is active
 * ({@code navigator.serviceWorker.ready}) before the network goes.
 */
class OfflineBrowserTest extends ClientBrowserTest {

	private static final String CACHE_KEYS = """
			async () => {
			  const out = {};
			  for (const name of await caches.keys()) {
			    const cache = await caches.open(name);
			    out[name] = (await cache.keys()).map((r) => { const u = new URL(r.url); return u.pathname + u.search; }).sort();
			  }
			  return out;
			}""";

	@Autowired
	BrowserClock clock;

	@Test
	void theCrisisPagesOfEveryCountryOpenWithoutAConnectionAndOtherPagesOpenTheOfflinePage() {
		Page page = newPage();
		// An earlier version's cache (a JSON page registers no worker): the new one
		// removes it.
		page.navigate("/offline/assets.json");
		page.evaluate("async () => { const old = await caches.open('between-offline-0000000000000000');"
				+ " await old.put('/crisis', new Response('an old copy')); }");
		assertThat(caches(page)).containsOnlyKeys("between-offline-0000000000000000");
		page.navigate("/crisis");
		assertThat(page.locator("a[href='tel:116123']")).isVisible();
		awaitWorker(page);

		page.context().setOffline(true);
		page.reload();
		assertThat(page.getByTestId("saved-on")).hasText("Saved on this phone on " + today(ZoneOffset.UTC)
				+ ". Without a connection you see the lines as they were that day.");
		assertThat(page.locator("a[href='tel:999']")).isVisible();
		assertThat(page.locator("a[href='tel:116123']")).isVisible();
		assertThat(page.locator("a[href='sms:85258?&body=SHOUT']")).isVisible();
		screenshots(page, "offline-crisis-gb");

		page.getByLabel("Country").selectOption("DE");
		button(page, "Show lines").click();
		assertThat(page).hasURL(baseUrlPattern("/crisis?country=DE"));
		assertThat(page.getByTestId("saved-on")).isVisible();
		assertThat(page.locator("a[href='tel:112']")).isVisible();
		assertThat(page.locator("a[href='tel:08001110111']")).isVisible();

		// A country without curated lines: the offline page, with what works everywhere.
		page.navigate("/crisis?country=ES");
		assertThat(page.getByText("No connection right now")).isVisible();
		assertThat(
				page.getByText("112 works from mobile phones in Europe", new Page.GetByTextOptions().setExact(false)))
			.isVisible();

		page.navigate("/journal");
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING).first())
			.hasText("No connection right now");
		assertThat(page.getByTestId("offline-help")).hasAttribute("href", "/crisis");
		assertThat(page.getByTestId("offline-plan")).isHidden();
		screenshots(page, "offline-page");
		List<String> problems = new ArrayList<>();
		axe(page, "/offline (offline)", problems);
		assertThat(problems).as(String.join("\n", problems)).isEmpty();

		page.getByTestId("offline-help").click();
		assertThat(page.getByTestId("saved-on")).isVisible();

		Map<String, List<String>> caches = caches(page);
		page.context().setOffline(false);
		assertThat(caches).containsOnlyKeys(offlineCache(page));
		assertThat(caches.get(offlineCache(page))).containsExactlyInAnyOrderElementsOf(keptPages(page));
	}

	@Test
	void aClientWhoKeepsTheirPlanReadsItOfflineAndTurningItOffRemovesIt() {
		Client client = signedInClient();
		Page page = client.page();
		Plan plan = Plan.sample(false);
		writePlan(page, plan);
		awaitWorker(page);

		var keep = page.getByLabel("Keep my plan on this phone");
		assertThat(keep).isVisible();
		assertThat(keep).not().isChecked();
		assertThat(page.getByTestId("keep-plan"))
			.containsText("Anyone holding this phone while it is unlocked could read it.");
		assertThat(caches(page)).containsOnlyKeys(offlineCache(page));
		keep.check();
		assertThat(page.getByTestId("keep-plan"))
			.containsText("Your plan is kept on this phone and opens without a connection.");
		screenshots(page, "offline-keep-plan");
		Map<String, List<String>> kept = caches(page);
		assertThat(kept).containsOnlyKeys(offlineCache(page), "between-plan");
		assertThat(kept.get("between-plan")).containsExactly("/safety", "/safety/plan.pdf");
		assertThat(kept.get(offlineCache(page))).containsExactlyInAnyOrderElementsOf(keptPages(page));

		page.context().setOffline(true);
		page.navigate("/safety");
		assertThat(page.getByText("My cat Pepper")).isVisible();
		assertThat(page.getByText("I lie awake after 2 am")).isVisible();
		assertThat(page.getByTestId("saved-on"))
			.hasText("Your plan as it was on " + today(ZoneId.of("Europe/London")) + ", kept on this phone.");
		screenshots(page, "offline-plan");
		Object pdf = page.evaluate("""
				async () => {
				  const r = await fetch('/safety/plan.pdf');
				  const bytes = new Uint8Array(await r.arrayBuffer());
				  return r.headers.get('Content-Type') + ' ' + String.fromCharCode(...bytes.slice(0, 5));
				}""");
		assertThat(pdf).isEqualTo("application/pdf %PDF-");
		page.navigate("/checkin");
		assertThat(page.getByText("No connection right now")).isVisible();
		assertThat(page.getByTestId("offline-plan")).isVisible();
		screenshots(page, "offline-page-with-plan");
		page.getByTestId("offline-plan").click();
		assertThat(page.getByText("My cat Pepper")).isVisible();

		page.context().setOffline(false);
		page.navigate("/safety");
		assertThat(keep).isChecked();
		keep.uncheck();
		assertThat(page.getByTestId("keep-plan")).containsText("Your plan is no longer kept on this phone.");
		assertThat(caches(page)).containsOnlyKeys(offlineCache(page));

		page.context().setOffline(true);
		page.navigate("/safety");
		assertThat(page.getByText("No connection right now")).isVisible();
		assertThat(page.getByTestId("offline-plan")).isHidden();
		assertThat(page.getByText("My cat Pepper")).hasCount(0);
		page.context().setOffline(false);
	}

	@Test
	void signingOutRemovesTheKeptPlan() {
		Client client = signedInClient();
		Page page = client.page();
		writePlan(page, Plan.sample(false));
		awaitWorker(page);
		page.getByLabel("Keep my plan on this phone").check();
		assertThat(page.getByTestId("keep-plan"))
			.containsText("Your plan is kept on this phone and opens without a connection.");
		assertThat(caches(page)).containsKey("between-plan");

		button(page, "Sign out").click();
		assertThat(page).hasURL(baseUrlPattern("/?signedOut"));
		assertThat(caches(page)).containsOnlyKeys(offlineCache(page));

		page.context().setOffline(true);
		page.navigate("/safety");
		assertThat(page.getByText("No connection right now")).isVisible();
		assertThat(page.getByTestId("offline-plan")).isHidden();
		assertThat(page.getByText("My cat Pepper")).hasCount(0);
		page.context().setOffline(false);
	}

	/** Waits until the service worker is active: its install kept every page. */
	private static void awaitWorker(Page page) {
		page.evaluate("() => { navigator.serviceWorker.ready.then(() => { window.betweenWorkerReady = true; }); }");
		page.waitForFunction("() => window.betweenWorkerReady === true", null,
				new Page.WaitForFunctionOptions().setTimeout(60_000));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<String>> caches(Page page) {
		return (Map<String, List<String>>) page.evaluate(CACHE_KEYS);
	}

	/** The name of this version's cache, from /offline/assets.json. */
	private static String offlineCache(Page page) {
		return "between-offline-"
				+ page.evaluate("async () => (await (await fetch('/offline/assets.json')).json()).version");
	}

	/**
	 * Every page the worker keeps: the list in /offline/assets.json and the list itself.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> keptPages(Page page) {
		List<String> pages = new ArrayList<>(
				(List<String>) page.evaluate("async () => (await (await fetch('/offline/assets.json')).json()).pages"));
		pages.add("/offline/assets.json");
		return pages;
	}

	private String today(ZoneId zone) {
		return LocalDate.ofInstant(this.clock.instant(), zone)
			.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
	}

}
