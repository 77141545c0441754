package org.between.safety;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.between.shared.Countries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled crisis-line table, read without Spring. */
class CrisisLinesTests {

	final CrisisLines lines = new CrisisLines(new SafetySettings("", ""));

	@Test
	void theTableCoversTheCountriesWeServe() {
		assertThat(this.lines.countries()).contains("US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "NL", "LT");
	}

	@ParameterizedTest
	@CsvSource({ "US,988", "CA,988", "GB,116 123", "IE,116 123", "AU,13 11 14" })
	void theNationalLinesAreThere(String country, String phone) {
		assertThat(this.lines.forCountry(country).lines()).extracting(CrisisLine::phone).contains(phone);
	}

	@Test
	void everyCountryStartsWithItsEmergencyNumber() {
		for (String code : this.lines.countries()) {
			CountryLines country = this.lines.forCountry(code);
			assertThat(country.known()).as(code).isTrue();
			assertThat(country.emergencyNumber()).as(code).matches("[0-9]{3}");
			CrisisLine first = country.lines().get(0);
			assertThat(first.emergency()).as(code).isTrue();
			assertThat(first.phone()).as(code).isEqualTo(country.emergencyNumber());
			assertThat(country.lines()).as(code).hasSizeGreaterThan(1);
		}
	}

	@Test
	void everyLineSaysWhatItIsWhenItIsOpenAndWhereItComesFrom() {
		for (String code : this.lines.countries()) {
			for (CrisisLine line : this.lines.forCountry(code).lines()) {
				String what = code + " " + line.name();
				assertThat(line.name()).as(what).isNotBlank();
				assertThat(line.phone() != null || line.text() != null).as(what + " has a phone or text number")
					.isTrue();
				assertThat(line.hours()).as(what).isNotBlank();
				if (!line.emergency()) {
					assertThat(line.source()).as(what).startsWith("https://");
					assertThat(line.lastChecked()).as(what).isNotNull().isBefore(LocalDate.of(2100, 1, 1));
					if (line.url() != null) {
						assertThat(line.url()).as(what).startsWith("https://");
					}
				}
			}
		}
	}

	@Test
	void anUnknownCountryHasNoLines() {
		CountryLines unknown = this.lines.forCountry("zz");
		assertThat(unknown.known()).isFalse();
		assertThat(unknown.lines()).isEmpty();
		assertThat(unknown.emergencyNumber()).isNull();
		assertThat(this.lines.forCountry(null).known()).isFalse();
	}

	@Test
	void countryCodesAreReadInAnyCase() {
		assertThat(this.lines.forCountry(" gb ").known()).isTrue();
		assertThat(this.lines.pickCountry(null, Locale.forLanguageTag("en-IE"))).isEqualTo("IE");
		assertThat(this.lines.pickCountry("lt", Locale.UK)).isEqualTo("LT");
		assertThat(this.lines.pickCountry(null, Locale.ENGLISH)).isEmpty();
	}

	/**
	 * A data-freshness check, so it reads the real clock on purpose (not an injected
	 * one): once any line was last checked more than 12 months before the day the tests
	 * run, a person must check the table again before the build passes.
	 */
	@Test
	void noCuratedLineWasLastCheckedMoreThanTwelveMonthsAgo() {
		LocalDate oldestAllowed = LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(12);
		for (String code : this.lines.countries()) {
			for (CrisisLine line : this.lines.forCountry(code).lines()) {
				if (!line.emergency()) {
					assertThat(line.lastChecked())
						.as("%s %s: check it against %s and update lastChecked", code, line.name(), line.source())
						.isAfterOrEqualTo(oldestAllowed);
				}
			}
		}
	}

	@Test
	void aLineMayCarryTheDayAnOperatorVerifiedIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		java.nio.file.Path file = dir.resolve("lines.json");
		java.nio.file.Files.writeString(file, """
				{"countries": {"GB": {"emergency": "999", "lines": [
				  {"name": "Samaritans", "phone": "116 123", "hours": "24/7", "source": "https://www.samaritans.org/",
				   "lastChecked": "2026-11-22", "verified": "2026-12-01"},
				  {"name": "Shout", "text": "85258", "hours": "24/7", "source": "https://giveusashout.org/",
				   "lastChecked": "2026-11-22"}]}}}
				""");
		CrisisLines custom = new CrisisLines(new SafetySettings(file.toString(), ""));
		assertThat(custom.forCountry("GB").lines()).extracting(CrisisLine::verified)
			.containsExactly(null, LocalDate.of(2026, 12, 1), null);
		assertThat(this.lines.forCountry("GB").lines()).extracting(CrisisLine::verified).containsOnlyNulls();
	}

	@Test
	void theAskedCountryComesFirstThenTheSavedOne() {
		ZoneId london = ZoneId.of("Europe/London");
		List<Locale> us = List.of(Locale.US);
		assertThat(this.lines.pick("ie", "NZ", us, london)).contains("IE");
		assertThat(this.lines.pick(null, "nz", us, london)).contains("NZ");
		// A saved country without lines still wins: the page then shows what works
		// everywhere.
		assertThat(this.lines.pick(null, "ES", us, london)).contains("ES");
		// Codes that are not countries are passed over.
		assertThat(this.lines.pick("ZZ", "XX", us, london)).contains("US");
	}

	@Test
	void everyRegionOfTheBrowserCountsBeforeTheTimeZone() {
		List<Locale> browser = List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("es-ES"),
				Locale.forLanguageTag("fr-CH"), Locale.forLanguageTag("en-GB"));
		assertThat(this.lines.pick(null, null, browser, ZoneId.of("Europe/Vilnius"))).contains("CH");
		// No region in the browser's languages: the time zone's country.
		assertThat(this.lines.pick(null, null, List.of(Locale.ENGLISH, Locale.GERMAN), ZoneId.of("Europe/Vilnius")))
			.contains("LT");
		// A region without lines gives way to the time zone's country that has some.
		assertThat(this.lines.pick(null, null, List.of(Locale.forLanguageTag("es-ES")), ZoneId.of("Europe/Paris")))
			.contains("FR");
		// ... and is kept when nothing else has lines.
		assertThat(this.lines.pick(null, null, List.of(Locale.forLanguageTag("es-ES")), ZoneId.of("UTC")))
			.contains("ES");
	}

	@Test
	void nothingKnownIsNoCountry() {
		assertThat(this.lines.pick(null, null, List.of(), null)).isEmpty();
		assertThat(this.lines.pick("ZZ", null, List.of(Locale.ENGLISH), ZoneId.of("UTC"))).isEmpty();
		assertThat(this.lines.pick(null, null, List.of(Locale.forLanguageTag("en")), null)).isEmpty();
		CrisisLines withDefault = new CrisisLines(new SafetySettings("", "nl"));
		assertThat(withDefault.pick(null, null, List.of(Locale.ENGLISH), null)).contains("NL");
	}

	@Test
	void everyZoneOfTheCuratedCountriesTellsItsCountry() {
		for (String code : this.lines.countries()) {
			List<String> zones = ZoneId.getAvailableZoneIds()
				.stream()
				.filter((zone) -> Countries.ofZone(zone).filter(code::equals).isPresent())
				.toList();
			assertThat(zones).as(code).isNotEmpty();
		}
		assertThat(Countries.ofZone(ZoneId.of("Europe/London"))).contains("GB");
		assertThat(Countries.ofZone(ZoneId.of("America/Argentina/Cordoba"))).contains("AR");
		assertThat(Countries.ofZone(ZoneId.of("Australia/Sydney"))).contains("AU");
		assertThat(Countries.ofZone(ZoneId.of("US/Eastern"))).contains("US");
		assertThat(Countries.ofZone(ZoneId.of("Europe/Belfast"))).contains("GB");
		assertThat(Countries.ofZone(ZoneId.of("UTC"))).isEmpty();
		assertThat(Countries.ofZone((ZoneId) null)).isEmpty();
	}

	@Test
	void phoneLinksHaveOnlyDigits() {
		CrisisLine samaritans = this.lines.forCountry("GB")
			.lines()
			.stream()
			.filter((l) -> "116 123".equals(l.phone()))
			.findFirst()
			.orElseThrow();
		assertThat(samaritans.phoneHref()).isEqualTo("tel:116123");
		assertThat(this.lines.forCountry("AU").lines().get(1).phoneHref()).isEqualTo("tel:131114");
	}

}
