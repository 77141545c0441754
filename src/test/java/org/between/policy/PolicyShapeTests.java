package org.between.policy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.between.accounts.CurrentUser;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.between.support.MethodLengths;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BindingResult;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape issue 11 gives the policy module, checked on its compiled classes: one way to
 * collect and show problems, reads of a client's data only through an access check, the
 * therapist check in one place, short methods, and a root package that shows what other
 * modules use.
 */
class PolicyShapeTests {

	static final JavaClasses POLICY = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.between.policy");

	@Test
	void problemsAreCollectedByInputProblemsAndPutOnFormsByFormProblems() {
		noClasses().should()
			.callConstructor(FieldProblem.class, String.class, String.class)
			.orShould()
			.callConstructor(InvalidInputException.class, List.class)
			.because("shared.InputProblems is the one collector")
			.check(POLICY);
		noClasses().should()
			.callMethod(BindingResult.class, "rejectValue", String.class, String.class)
			.because("shared.web.FormProblems puts a facade's problems onto a form")
			.check(POLICY);
	}

	@Test
	void theTherapistCheckIsCurrentUsers() {
		noClasses().should()
			.callConstructor(ForbiddenException.class, String.class)
			.because("CurrentUser.requireTherapist() says 'therapists only'")
			.check(POLICY);
	}

	/**
	 * A public facade method that is given a client's id also takes the person it checks
	 * the id for ({@code clientFrame}, {@code ClientFees.set}); the others take a
	 * {@code LinkedClient}, which only the access check makes. {@code Policies.inForce}
	 * is the sessions module's read and is typed with it.
	 */
	@Test
	void noPublicMethodReadsAClientsDataByARawId() {
		List<String> unchecked = Stream.of(Policies.class, ClientFees.class, PolicyAcknowledgements.class)
			.flatMap((facade) -> Arrays.stream(facade.getDeclaredMethods()))
			.filter((m) -> Modifier.isPublic(m.getModifiers()) && !m.getName().equals("inForce"))
			.filter((m) -> List.of(m.getParameterTypes()).contains(UUID.class))
			.filter((m) -> !List.of(m.getParameterTypes()).contains(CurrentUser.class))
			.map(Method::toString)
			.toList();
		assertThat(unchecked).isEmpty();
	}

	@Test
	void methodsStayShort() {
		assertThat(MethodLengths.of(POLICY))
			.allSatisfy((method) -> assertThat(method.lines()).as(method.method()).isLessThanOrEqualTo(20));
	}

	/**
	 * Public in the root package: the facades and what they take and answer, the terms,
	 * the make-up rule and the events that sessions and the brief read. The notice rule,
	 * the settings, the timeline, the store, the mail and the home card are the module's
	 * own.
	 */
	@Test
	void theRootPackageShowsWhatOtherModulesUse() {
		List<String> publicTypes = POLICY.stream()
			.filter((type) -> type.getPackageName().equals("org.between.policy") && type.isTopLevelClass())
			.filter((type) -> type.getModifiers().contains(JavaModifier.PUBLIC))
			.map(JavaClass::getSimpleName)
			.toList();
		assertThat(publicTypes).containsExactlyInAnyOrder("Policies", "ClientFees", "PolicyAcknowledgements",
				"PolicyInput", "ClientFeeInput", "PolicyPublished", "PolicyOverview", "PolicyVersion", "ClientFrame",
				"ClientPolicyStatus", "ClientFee", "Acknowledgement", "PolicyNoticeException", "PolicyTerms",
				"MakeUpRule", "PolicyEvent");
	}

}
