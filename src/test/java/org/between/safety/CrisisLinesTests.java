package org.between.safety;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled crisis-line table, read without Spring. */
class CrisisLinesTests {

	final CrisisLines lines = new CrisisLines(new SafetySettings("", "", "target/pdfbox-fontcache"));

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
