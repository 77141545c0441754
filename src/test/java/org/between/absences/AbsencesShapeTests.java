package org.between.absences;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.between.support.MethodLengths;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The absences module's shape, on its compiled classes: short methods, and a root package
 * that shows exactly what other modules may use (the facades — time away, break plans,
 * the cover's view —, the records they take and answer, the notice refusal).
 */
class AbsencesShapeTests {

	static final JavaClasses ABSENCES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.between.absences");

	@Test
	void methodsStayShort() {
		assertThat(MethodLengths.of(ABSENCES))
			.allSatisfy((method) -> assertThat(method.lines()).as(method.method()).isLessThanOrEqualTo(20));
	}

	@Test
	void theRootPackageShowsWhatOtherModulesUse() {
		List<String> publicTypes = ABSENCES.stream()
			.filter((type) -> type.getPackageName().equals("org.between.absences") && type.isTopLevelClass())
			.filter((type) -> type.getModifiers().contains(JavaModifier.PUBLIC))
			.map(JavaClass::getSimpleName)
			.toList();
		assertThat(publicTypes).containsExactlyInAnyOrder("Absences", "Absence", "AbsenceRequest", "Withdrawal",
				"AbsenceNoticeException", "BreakPlans", "BreakPlan", "BreakPlanInput", "ClientBreakPlan",
				"TherapistNote", "Covering", "CoveredAbsence");
	}

}
