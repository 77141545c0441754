package org.between.calendar;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.between.shared.ForbiddenException;
import org.between.support.MethodLengths;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape issue 11 gives the calendar module, checked on its compiled classes: a leaf
 * (nothing else uses it), the therapist check in one place, short methods.
 */
class CalendarShapeTests {

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.between");

	static final JavaClasses CALENDAR = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.between.calendar");

	@Test
	void nothingElseUsesTheCalendar() {
		noClasses().that()
			.resideOutsideOfPackage("org.between.calendar..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.between.calendar..")
			.check(MAIN);
	}

	@Test
	void theTherapistCheckIsCurrentUsers() {
		noClasses().should()
			.callConstructor(ForbiddenException.class, String.class)
			.because("CurrentUser.requireTherapist() says 'therapists only'")
			.check(CALENDAR);
	}

	@Test
	void methodsStayShort() {
		assertThat(MethodLengths.of(CALENDAR))
			.allSatisfy((method) -> assertThat(method.lines()).as(method.method()).isLessThanOrEqualTo(20));
	}

}
