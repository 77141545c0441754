package org.between.safety.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;

import org.between.safety.CountryLines;
import org.between.safety.CrisisLines;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What makes Between installable and its help paths work without a connection (issue 19):
 * the web app manifest, the service worker ({@code /sw.js}, scope {@code /}), the offline
 * page and the list of what the worker keeps. All public and on the crisis security chain
 * (no session is read), so that they answer before anyone signs in and with the database
 * down.
 * <p>
 * The worker keeps only {@link #pages() the crisis pages, the offline page, the
 * stylesheet and the page script}, with the lines as JSON ({@code /offline/assets.json});
 * the plan page and its PDF only by the client's choice ({@code static/js/offline.js}).
 * Its version is a digest of the worker, the page script, the stylesheet and the lines,
 * so a change to any of them installs a new worker, which takes over on the next visit
 * and removes the old cache.
 */
@Controller
@Hidden
class OfflinePages {

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private final CrisisLines crisisLines;

	private final String worker;

	private final String version;

	OfflinePages(CrisisLines crisisLines) {
		this.crisisLines = crisisLines;
		String source = read("org/between/safety/web/sw.js");
		this.version = digest(source, read("static/js/offline.js"), read("static/css/between.css"),
				read("static/manifest.webmanifest"), String.valueOf(lines()));
		this.worker = source.replace("__VERSION__", this.version);
	}

	@GetMapping("/sw.js")
	ResponseEntity<String> serviceWorker() {
		return ResponseEntity.ok()
			.contentType(JAVASCRIPT)
			.cacheControl(CacheControl.noStore())
			.header("Service-Worker-Allowed", "/")
			.body(this.worker);
	}

	@GetMapping("/manifest.webmanifest")
	ResponseEntity<String> manifest() {
		return ResponseEntity.ok()
			.contentType(MANIFEST)
			.cacheControl(CacheControl.noStore())
			.body(read("static/manifest.webmanifest"));
	}

	/** Where a navigation goes when there is no connection and no copy of the page. */
	@GetMapping("/offline")
	String offline() {
		return "safety/offline";
	}

	/** What the worker keeps, and every country's curated lines (for the picker). */
	@GetMapping(path = "/offline/assets.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> assets() {
		Map<String, Object> assets = new LinkedHashMap<>();
		assets.put("version", this.version);
		assets.put("pages", pages());
		assets.put("countries", lines());
		return assets;
	}

	/**
	 * The pages and files the worker keeps besides {@code /offline/assets.json}: the
	 * person's own crisis page, each country's, the offline page, the stylesheet and the
	 * page script. Nothing of a person's own (the plan is kept only by choice, apart).
	 */
	List<String> pages() {
		List<String> pages = new ArrayList<>();
		pages.add("/crisis");
		this.crisisLines.countries().forEach((country) -> pages.add("/crisis?country=" + country));
		pages.addAll(List.of("/offline", "/css/between.css", "/js/offline.js"));
		return pages;
	}

	String version() {
		return this.version;
	}

	private List<CountryLines> lines() {
		return this.crisisLines.countries().stream().map(this.crisisLines::forCountry).toList();
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String digest(String... parts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				sha.update(part.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
