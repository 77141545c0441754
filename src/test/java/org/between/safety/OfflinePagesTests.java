package org.between.safety;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.between.support.WebTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Offline help (issue 19) as the server sees it: the manifest (its fields, colours from
 * between.css, icon files whose PNG sizes match), the service worker and what it keeps,
 * the offline page, the copies that say the day they were saved, the CSP, and no-store on
 * every one of these answers. The browser's side is {@code e2e.OfflineBrowserTest}.
 */
class OfflinePagesTests extends WebTest {

	@Test
	void theManifestIsServedFromOurOriginWithItsFieldsAndIconsOfTheRightSize() throws Exception {
		MvcResult result = this.mvc.perform(get("/manifest.webmanifest")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("application/manifest+json");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		JsonNode manifest = this.json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(manifest.get("name").asString()).isEqualTo("Between");
		assertThat(manifest.get("short_name").asString()).isEqualTo("Between");
		assertThat(manifest.get("start_url").asString()).isEqualTo("/");
		assertThat(manifest.get("scope").asString()).isEqualTo("/");
		assertThat(manifest.get("display").asString()).isEqualTo("standalone");
		String css = new ClassPathResource("static/css/between.css").getContentAsString(StandardCharsets.UTF_8);
		assertThat(manifest.get("theme_color").asString()).isEqualTo(colour(css, "accent"));
		assertThat(manifest.get("background_color").asString()).isEqualTo(colour(css, "bg"));

		List<String> sizes = new java.util.ArrayList<>();
		for (JsonNode icon : manifest.get("icons")) {
			String src = icon.get("src").asString();
			assertThat(icon.get("type").asString()).isEqualTo("image/png");
			int[] size = pngSize("static" + src);
			assertThat(icon.get("sizes").asString()).as(src).isEqualTo(size[0] + "x" + size[1]);
			this.mvc.perform(get(src)).andExpect(status().isOk());
			sizes.add(icon.get("sizes").asString() + " " + icon.get("purpose").asString());
		}
		assertThat(sizes).containsExactlyInAnyOrder("192x192 any", "512x512 any", "512x512 maskable");
		assertThat(pngSize("static/img/apple-touch-icon-180.png")).containsExactly(180, 180);
	}

	@Test
	void everyPageLinksTheManifestAndTheOfflineScriptAndSigningOutForgetsTheKeptPlan() throws Exception {
		String crisis = this.mvc.perform(get("/crisis?country=GB"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(crisis).contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">",
				"<link rel=\"apple-touch-icon\" href=\"/img/apple-touch-icon-180.png\">",
				"<script src=\"/js/offline.js\" defer>");
		Signed client = client();
		String home = page(client, "/");
		assertThat(home).contains("/js/offline.js", "rel=\"manifest\"", "name=\"between-person\"");
		assertThat(home).containsPattern("<form action=\"/logout\"[^>]*data-forget-plan");
	}

	@Test
	void theServiceWorkerIsOursWithItsVersionAndWaitsForTheNextVisit() throws Exception {
		MvcResult result = this.mvc.perform(get("/sw.js")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/javascript");
		assertThat(result.getResponse().getHeader("Service-Worker-Allowed")).isEqualTo("/");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		String worker = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String version = read(this.mvc.perform(get("/offline/assets.json")).andReturn(), "$.version");
		assertThat(version).matches("[0-9a-f]{16}");
		assertThat(worker).contains("const VERSION = '" + version + "';")
			.doesNotContain("__VERSION__", "skipWaiting", "clients.claim", "importScripts", "http://", "https://");
	}

	@Test
	void theWorkerKeepsTheCrisisPagesTheOfflinePageTheStylesheetAndNothingOfAPerson() throws Exception {
		MvcResult result = this.mvc.perform(get("/offline/assets.json")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		JsonNode assets = this.json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		List<String> pages = new java.util.ArrayList<>();
		assets.get("pages").forEach((p) -> pages.add(p.asString()));
		assertThat(pages).contains("/crisis", "/crisis?country=GB", "/crisis?country=DE", "/offline",
				"/css/between.css", "/js/offline.js");
		assertThat(pages).allMatch((p) -> p.startsWith("/crisis") || p.equals("/offline") || p.startsWith("/css/")
				|| p.startsWith("/js/"));
		assertThat(pages).noneMatch((p) -> p.startsWith("/safety") || p.startsWith("/api") || p.equals("/"));
		JsonNode countries = assets.get("countries");
		assertThat(countries).hasSize(pages.size() - 4);
		JsonNode gb = java.util.stream.StreamSupport.stream(countries.spliterator(), false)
			.filter((c) -> c.get("country").asString().equals("GB"))
			.findFirst()
			.orElseThrow();
		assertThat(gb.get("emergencyNumber").asString()).isEqualTo("999");
		assertThat(gb.get("lines").toString()).contains("116 123");
		for (String page : pages) {
			this.mvc.perform(get(page)).andExpect(status().isOk());
		}
	}

	@Test
	void theOfflinePageOffersHelpAndThePlanOnlyWhenKept() throws Exception {
		MvcResult result = this.mvc.perform(get("/offline").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn();
		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(page).contains("No connection right now", "href=\"/crisis\" data-testid=\"offline-help\"")
			.containsPattern("<p data-offline-plan hidden><a[^>]*href=\"/safety\"");
	}

	@Test
	void aCopyForTheDeviceSaysTheDayItWasSavedAndThePageItselfDoesNot() throws Exception {
		this.clock.set(Instant.parse("2026-12-04T18:00:00Z"));
		String copy = this.mvc.perform(get("/crisis?country=IE").header("X-Between-Offline", "save"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(copy).contains("Saved on this phone on 4 December 2026.", "href=\"tel:116123\"");
		String live = this.mvc.perform(get("/crisis?country=IE"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(live).doesNotContain("Saved on this phone");
	}

	@Test
	void theKeptPlanIsTheClientsOwnAndTheChoiceIsOffByDefault() throws Exception {
		this.clock.set(Instant.parse("2026-12-04T18:00:00Z"));
		Signed client = client();
		Signed other = client();
		this.mvc
			.perform(post("/safety").with(signedIn(client))
				.param("warningSigns", "I stop answering my phone")
				.param("reasonsForLiving", "My sister's laugh"))
			.andExpect(status().is3xxRedirection());

		String plan = this.mvc.perform(get("/safety").with(signedIn(client)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(plan).containsPattern("<div class=\"card keep-plan no-print\"[^>]*hidden")
			.contains("Anyone holding this phone while it is unlocked could read it.")
			.doesNotContainPattern("<input[^>]*id=\"keep-plan\"[^>]*checked")
			.doesNotContain("kept on this phone.</p>");
		MvcResult copy = this.mvc.perform(get("/safety").with(signedIn(client)).header("X-Between-Offline", "save"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(copy.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(copy.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Your plan as it was on 4 December 2026, kept on this phone.", "My sister&#39;s laugh");
		String othersCopy = this.mvc.perform(get("/safety").with(signedIn(other)).header("X-Between-Offline", "save"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(othersCopy).doesNotContain("My sister").doesNotContain("I stop answering");
		this.mvc.perform(get("/safety").header("X-Between-Offline", "save")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theContentSecurityPolicyAllowsOnlyOurOwnWorkerAndManifest() throws Exception {
		for (String path : List.of("/", "/crisis", "/offline", "/sw.js", "/manifest.webmanifest")) {
			String csp = this.mvc.perform(get(path)).andReturn().getResponse().getHeader("Content-Security-Policy");
			assertThat(csp).as(path).contains("worker-src 'self'", "manifest-src 'self'", "default-src 'self'");
		}
	}

	/** A custom property's value in between.css (the light palette comes first). */
	private static String colour(String css, String name) {
		Matcher matcher = Pattern.compile("--" + name + ":\\s*(#[0-9a-f]{6});").matcher(css);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group(1);
	}

	/** Width and height from a PNG file's IHDR chunk. */
	private static int[] pngSize(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream();
				DataInputStream data = new DataInputStream(in)) {
			byte[] signature = new byte[8];
			data.readFully(signature);
			assertThat(signature).as(path).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
			data.readInt();
			byte[] type = new byte[4];
			data.readFully(type);
			assertThat(new String(type, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
			return new int[] { data.readInt(), data.readInt() };
		}
	}

}
