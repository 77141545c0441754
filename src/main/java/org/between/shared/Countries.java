package org.between.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Countries as ISO 3166 alpha-2 codes, and the country a time zone stands for (tzdata's
 * zone.tab, bundled as {@code zone-country.tab}, plus the common links such as
 * {@code US/Eastern}). The JDK alone: no lookup leaves the machine.
 */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	/** Links that zone.tab leaves out, by prefix or whole name. */
	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("Europe/Belfast", "GB"),
			Map.entry("GB", "GB"), Map.entry("GB-Eire", "GB"), Map.entry("Eire", "IE"), Map.entry("NZ", "NZ"),
			Map.entry("NZ-CHAT", "NZ"), Map.entry("Navajo", "US"), Map.entry("Asia/Calcutta", "IN"),
			Map.entry("Asia/Saigon", "VN"), Map.entry("Asia/Katmandu", "NP"), Map.entry("Europe/Kiev", "UA"),
			Map.entry("Atlantic/Faeroe", "FO"), Map.entry("America/Buenos_Aires", "AR"),
			Map.entry("Asia/Rangoon", "MM"), Map.entry("Poland", "PL"), Map.entry("Portugal", "PT"),
			Map.entry("Japan", "JP"), Map.entry("Israel", "IL"), Map.entry("Iceland", "IS"), Map.entry("Egypt", "EG"),
			Map.entry("Turkey", "TR"), Map.entry("Singapore", "SG"), Map.entry("Hongkong", "HK"),
			Map.entry("ROK", "KR"), Map.entry("PRC", "CN"), Map.entry("ROC", "TW"));

	private static final Map<String, String> PREFIXES = Map.of("US/", "US", "Canada/", "CA", "Australia/", "AU",
			"Brazil/", "BR", "Mexico/", "MX", "Chile/", "CL");

	private static final Map<String, String> ZONES = load();

	private Countries() {
	}

	/** A known ISO 3166 alpha-2 code, upper-cased; empty otherwise. */
	public static Optional<String> code(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		return CODES.contains(code) ? Optional.of(code) : Optional.empty();
	}

	/** The country a time zone belongs to, when it belongs to one (UTC does not). */
	public static Optional<String> ofZone(ZoneId zone) {
		return (zone == null) ? Optional.empty() : ofZone(zone.getId());
	}

	public static Optional<String> ofZone(String zoneId) {
		if (zoneId == null) {
			return Optional.empty();
		}
		String country = ZONES.get(zoneId);
		if (country == null) {
			country = ALIASES.get(zoneId);
		}
		if (country == null) {
			country = PREFIXES.entrySet()
				.stream()
				.filter((prefix) -> zoneId.startsWith(prefix.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}
		return Optional.ofNullable(country);
	}

	/** Every country, by its name in the given language. */
	public static List<Country> all(Locale language) {
		return CODES.stream()
			.map((code) -> new Country(code, new Locale("", code).getDisplayCountry(language)))
			.sorted(Comparator.comparing(Country::name, java.text.Collator.getInstance(language)))
			.toList();
	}

	/** The name of a country in the given language (the code when it is unknown). */
	public static String name(String code, Locale language) {
		return code(code).map((c) -> new Locale("", c).getDisplayCountry(language)).orElse(code);
	}

	private static Map<String, String> load() {
		Map<String, String> zones = new HashMap<>();
		try (InputStream in = Countries.class.getResourceAsStream("zone-country.tab")) {
			if (in == null) {
				throw new IOException("zone-country.tab is missing");
			}
			try (Stream<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))
				.lines()) {
				lines.filter((line) -> !line.isBlank() && !line.startsWith("#")).forEach((line) -> {
					String[] columns = line.split("\t");
					zones.put(columns[1].strip(), columns[0].strip());
				});
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(zones);
	}

	/** A country and its name for a list to choose from. */
	public record Country(String code, String name) {
	}

}
