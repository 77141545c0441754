package org.between.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * The curated table of crisis lines, read once at start-up and kept in memory: the crisis
 * page and API never touch the database, so they keep working when it is down.
 */
@Service
public class CrisisLines {

	/** The name of the first entry of every country: its emergency number. */
	public static final String EMERGENCY_NAME = "Emergency services";

	/** The only entry for a country without curated lines. */
	public static final CrisisLine LOCAL_EMERGENCY = new CrisisLine("Call your local emergency number", null, null,
			null, null, "24/7", null, null, true);

	/** Time zones that tell the country for the countries we have lines for. */
	private static final Map<String, String> ZONE_COUNTRY = Map.ofEntries(Map.entry("Europe/London", "GB"),
			Map.entry("Europe/Belfast", "GB"), Map.entry("Europe/Dublin", "IE"), Map.entry("Europe/Berlin", "DE"),
			Map.entry("Europe/Vienna", "AT"), Map.entry("Europe/Zurich", "CH"), Map.entry("Europe/Paris", "FR"),
			Map.entry("Europe/Amsterdam", "NL"), Map.entry("Europe/Vilnius", "LT"), Map.entry("Pacific/Auckland", "NZ"),
			Map.entry("Pacific/Chatham", "NZ"), Map.entry("America/Toronto", "CA"),
			Map.entry("America/Vancouver", "CA"), Map.entry("America/Edmonton", "CA"),
			Map.entry("America/Winnipeg", "CA"), Map.entry("America/Halifax", "CA"),
			Map.entry("America/St_Johns", "CA"), Map.entry("America/Regina", "CA"), Map.entry("America/New_York", "US"),
			Map.entry("America/Chicago", "US"), Map.entry("America/Denver", "US"),
			Map.entry("America/Los_Angeles", "US"), Map.entry("America/Phoenix", "US"),
			Map.entry("America/Anchorage", "US"), Map.entry("Pacific/Honolulu", "US"),
			Map.entry("America/Detroit", "US"));

	private final Map<String, CountryLines> countries;

	private final String defaultCountry;

	CrisisLines(SafetySettings settings) {
		this.countries = load(settings.crisisLinesFile());
		this.defaultCountry = settings.defaultCountry().toUpperCase(Locale.ROOT);
	}

	/** The lines of a country (ISO 3166 alpha-2, any case); the fallback when unknown. */
	public CountryLines forCountry(String country) {
		String code = (country == null) ? "" : country.strip().toUpperCase(Locale.ROOT);
		CountryLines lines = this.countries.get(code);
		return (lines != null) ? lines : new CountryLines(code, false, null, List.of());
	}

	/**
	 * The country to show first: the one asked for, else the browser's region, else the
	 * default.
	 */
	public String pickCountry(String asked, Locale browser) {
		if (asked != null && !asked.isBlank()) {
			return asked.strip().toUpperCase(Locale.ROOT);
		}
		String region = (browser != null) ? browser.getCountry() : "";
		if (this.countries.containsKey(region)) {
			return region;
		}
		return this.defaultCountry;
	}

	/** The country a time zone stands for, when it is one we have lines for. */
	public Optional<String> countryOfZone(java.time.ZoneId zone) {
		if (zone.getId().startsWith("Australia/")) {
			return Optional.of("AU");
		}
		return Optional.ofNullable(ZONE_COUNTRY.get(zone.getId()));
	}

	/** The countries we have lines for, by code. */
	public List<String> countries() {
		return List.copyOf(this.countries.keySet());
	}

	private static Map<String, CountryLines> load(String file) {
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = open(file)) {
			Table table = json.readValue(in, Table.class);
			Map<String, CountryLines> byCode = new TreeMap<>();
			table.countries().forEach((code, country) -> {
				List<CrisisLine> lines = new ArrayList<>();
				lines.add(new CrisisLine(EMERGENCY_NAME, country.emergency(), null, null, null, "24/7", null, null,
						true));
				country.lines()
					.forEach((l) -> lines.add(new CrisisLine(l.name(), l.phone(), l.text(), l.textKeyword(), l.url(),
							l.hours(), l.source(), l.lastChecked(), false)));
				byCode.put(code, new CountryLines(code, true, country.emergency(), List.copyOf(lines)));
			});
			return Collections.unmodifiableMap(byCode);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Crisis lines could not be read", ex);
		}
	}

	private static InputStream open(String file) throws IOException {
		if (file != null && !file.isBlank()) {
			return Files.newInputStream(Path.of(file));
		}
		return Optional.ofNullable(CrisisLines.class.getResourceAsStream("crisis-lines.json"))
			.orElseThrow(() -> new IOException("crisis-lines.json is missing"));
	}

	private record Table(Map<String, Country> countries) {
	}

	private record Country(String emergency, List<Line> lines) {
	}

	private record Line(String name, String phone, String text, String textKeyword, String url, String hours,
			String source, LocalDate lastChecked) {
	}

}
