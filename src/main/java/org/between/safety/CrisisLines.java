package org.between.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.between.shared.Countries;
import org.springframework.stereotype.Service;

/**
 * The curated table of crisis lines, read once at start-up and kept in memory: the crisis
 * page and API never touch the database, so they keep working when it is down.
 */
@Service
public class CrisisLines {

	/** The name of the first entry of every country: its emergency number. */
	public static final String EMERGENCY_NAME = "Emergency services";

	/** Where people find a line in a country we have none for. */
	public static final String FIND_A_HELPLINE = "https://findahelpline.com";

	/** The only entry for a country without curated lines. */
	public static final CrisisLine LOCAL_EMERGENCY = new CrisisLine("Call your local emergency number", null, null,
			null, FIND_A_HELPLINE, "24/7", null, null, null, true);

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
	 * The country whose lines to show, in this order: the one asked for (a valid ISO 3166
	 * code, e.g. {@code ?country=}), the person's own country setting, then the first
	 * guess we have lines for among every region of the browser's languages (all of
	 * {@code Accept-Language}, not only the first), the time zone's country and the
	 * {@code between.safety.default-country}; failing that, the first of those guesses
	 * that is a country at all. Empty when nothing tells the country: then the page asks
	 * first and shows what works everywhere.
	 */
	public Optional<String> pick(String asked, String saved, List<Locale> browser, ZoneId zone) {
		for (String explicit : new String[] { asked, saved }) {
			Optional<String> code = Countries.code(explicit);
			if (code.isPresent()) {
				return code;
			}
		}
		List<String> guesses = new ArrayList<>();
		for (Locale locale : (browser != null) ? browser : List.<Locale>of()) {
			Countries.code(locale.getCountry()).ifPresent(guesses::add);
		}
		Countries.ofZone(zone).ifPresent(guesses::add);
		Countries.code(this.defaultCountry).ifPresent(guesses::add);
		return guesses.stream().filter(this.countries::containsKey).findFirst().or(() -> guesses.stream().findFirst());
	}

	/**
	 * The country to show first: the one asked for, else the browser's region, else the
	 * default; empty when none is known.
	 */
	public String pickCountry(String asked, Locale browser) {
		return pick(asked, null, (browser != null) ? List.of(browser) : List.of(), null).orElse("");
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
						null, true));
				country.lines()
					.forEach((l) -> lines.add(new CrisisLine(l.name(), l.phone(), l.text(), l.textKeyword(), l.url(),
							l.hours(), l.source(), l.lastChecked(), l.verified(), false)));
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
			String source, LocalDate lastChecked, LocalDate verified) {
	}

}
