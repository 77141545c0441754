package org.between;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.ConfigurablePropertyResolver;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What ARCHITECTURE.md asks of every module and the code keeps (issue 11, point 5), for
 * every module alike: thin controllers, package-private, in {@code web/}; a transaction
 * around every public facade method that touches the database; settings only through
 * {@code @ConfigurationProperties} records; nothing of a module's internals used by
 * another module. {@link ModularityTests} checks the declared module dependencies.
 */
class ArchitectureTests {

	static final String BASE = "org.between";

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	/**
	 * The types whose calls reach the database. Types outside org.between are told by
	 * name: archunit.properties keeps ArchUnit from resolving their hierarchies.
	 */
	static final DescribedPredicate<JavaClass> DATABASE = DescribedPredicate.describe(
			"a *Store, a *Repository, JdbcClient, JdbcTemplate or the AuditLog",
			(type) -> type.getSimpleName().endsWith("Store") || type.getSimpleName().endsWith("Repository")
					|| named(type, JdbcClient.class, JdbcOperations.class, JdbcTemplate.class,
							NamedParameterJdbcOperations.class, NamedParameterJdbcTemplate.class)
					|| type.getFullName().equals(BASE + ".accounts.AuditLog"));

	/** Spring's environment and property sources, which read settings by name. */
	static final DescribedPredicate<JavaClass> PROPERTY_LOOKUP = DescribedPredicate.describe("the Environment",
			(type) -> named(type, PropertyResolver.class, Environment.class, ConfigurableEnvironment.class,
					ConfigurablePropertyResolver.class, AbstractEnvironment.class, StandardEnvironment.class));

	static final DescribedPredicate<JavaClass> TRANSACTION_TEMPLATE = DescribedPredicate.describe(
			"a TransactionTemplate", (type) -> named(type, TransactionOperations.class, TransactionTemplate.class));

	private static boolean named(JavaClass type, Class<?>... candidates) {
		for (Class<?> candidate : candidates) {
			if (type.isEquivalentTo(candidate) || type.isAssignableTo(candidate)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void controllersArePackagePrivateAndLiveInAWebPackage() {
		ArchRule rule = classes().that()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.notBePublic()
			.andShould()
			.resideInAPackage(BASE + ".*.web..")
			.because("a module's pages and API are thin, package-private controllers in its web/ (ARCHITECTURE.md)");
		rule.check(MAIN);
	}

	/**
	 * A facade is a {@code @Service} in a module's root package. Each of its public
	 * methods that reaches the database, itself or through the facade's own helpers, runs
	 * in a transaction: {@code @Transactional} on the method or on the class, or a
	 * {@code TransactionTemplate} the method drives itself (a check-in commits with its
	 * safety response and any agreed alert before the skills to offer are worked out, so
	 * that nothing after it can undo it). A method that only calls other facades runs in
	 * theirs.
	 */
	@Test
	void publicFacadeMethodsThatTouchTheDatabaseAreTransactional() {
		ArchRule rule = methods().that()
			.arePublic()
			.and()
			.areDeclaredInClassesThat(facades())
			.and(reachTheDatabase())
			.should()
			.beAnnotatedWith(Transactional.class)
			.orShould()
			.beDeclaredInClassesThat()
			.areAnnotatedWith(Transactional.class)
			.orShould(driveATransactionTemplate())
			.because("a facade method that reads or writes more than once must see and leave one consistent state");
		rule.check(MAIN);
	}

	/** The transaction rule sees the facades and their database work it is about. */
	@Test
	void theTransactionRuleFindsTheFacadesAndTheirDatabaseWork() {
		List<String> facades = MAIN.stream().filter(facades()).map(JavaClass::getSimpleName).toList();
		assertThat(facades).contains("Accounts", "Checkins", "Journal", "Measures", "SafetyPlans", "Toolbox");
		JavaClass checkins = MAIN.get(BASE + ".checkin.Checkins");
		assertThat(checkins.getMethods().stream().filter((m) -> m.getName().equals("record")))
			.allMatch(ArchitectureTests::reachesTheDatabase);
		JavaClass safetyNet = MAIN.get(BASE + ".safety.SafetyNet");
		assertThat(safetyNet.getMethod("linesFor", String.class)).matches((m) -> !reachesTheDatabase(m),
				"reads no database");
	}

	@Test
	void settingsComeOnlyThroughConfigurationPropertiesRecords() {
		fields().should()
			.notBeAnnotatedWith(Value.class)
			.because("settings are @ConfigurationProperties records (ARCHITECTURE.md)")
			.check(MAIN);
		codeUnits().should(notTakeValueParameters()).check(MAIN);
		codeUnits().should().notBeAnnotatedWith(Value.class).check(MAIN);
		// An EnvironmentPostProcessor runs before any settings record exists; mapping the
		// deprecated names onto the new ones is its whole job (shared's
		// DeprecatedSettings).
		noClasses()
			.that(DescribedPredicate.not(DescribedPredicate.describe("are EnvironmentPostProcessors",
					(JavaClass type) -> type.getRawInterfaces()
						.stream()
						.anyMatch((i) -> i.getName().equals(EnvironmentPostProcessor.class.getName())))))
			.should()
			.callMethodWhere(DescribedPredicate.describe("a property read from the Environment",
					(call) -> PROPERTY_LOOKUP.test(call.getTarget().getOwner())
							&& (call.getTarget().getName().equals("getProperty")
									|| call.getTarget().getName().equals("getRequiredProperty"))))
			.because("settings are @ConfigurationProperties records, not look-ups by name")
			.check(MAIN);
		classes().that()
			.areAnnotatedWith(ConfigurationProperties.class)
			.should(beRecords())
			.because("a module's settings are one @ConfigurationProperties record")
			.check(MAIN);
	}

	/**
	 * A module's root package is its API; its sub-packages are its own, except one a
	 * module opens with {@code @NamedInterface} (shared's {@code web}).
	 */
	@Test
	void noModuleUsesAnotherModulesInternalPackages() {
		classes().that()
			.resideInAPackage(BASE + ".*..")
			.should(useNoOtherModulesInternals())
			.because("modules talk through their root package (facades, records, events) and named interfaces")
			.check(MAIN);
	}

	/**
	 * {@link ModularityTests} fails when a module reaches beyond its package-info's
	 * {@code allowedDependencies}; this fails when the list allows more than the module
	 * uses, so that it stays the true picture of the module's dependencies.
	 */
	@Test
	void everyModuleAllowsExactlyTheDependenciesItHas() {
		ApplicationModules modules = ModularityTests.MODULES;
		List<String> wrong = new ArrayList<>();
		int declared = 0;
		for (org.springframework.modulith.core.ApplicationModule module : modules) {
			Optional<String[]> allowed = allowedDependencies(module.getBasePackage().getName());
			if (allowed.isEmpty()) {
				continue;
			}
			declared++;
			Set<String> used = new TreeSet<>();
			module.getDirectDependencies(modules).stream().forEach((dependency) -> {
				var target = dependency.getTargetModule();
				String name = target.getIdentifier().toString();
				used.add(target.getNamedInterfaces()
					.stream()
					.filter((named) -> !named.isUnnamed() && named.contains(dependency.getTargetType()))
					.map((named) -> name + " :: " + named.getName())
					.findFirst()
					.orElse(name));
			});
			Set<String> listed = new TreeSet<>(List.of(allowed.get()));
			if (!listed.equals(used)) {
				wrong.add(module.getIdentifier() + " allows " + listed + " but uses " + used);
			}
		}
		assertThat(declared).as("modules with a package-info that declares them").isGreaterThanOrEqualTo(10);
		assertThat(wrong).isEmpty();
	}

	private static Optional<String[]> allowedDependencies(String basePackage) {
		try {
			Class<?> info = Class.forName(basePackage + ".package-info");
			return Optional.ofNullable(info.getAnnotation(org.springframework.modulith.ApplicationModule.class))
				.map(org.springframework.modulith.ApplicationModule::allowedDependencies);
		}
		catch (ClassNotFoundException ex) {
			return Optional.empty();
		}
	}

	/** Classes annotated @Service directly in a module's root package. */
	private static DescribedPredicate<JavaClass> facades() {
		return DescribedPredicate.describe("are facades (a @Service in a module's root package)",
				(type) -> type.isAnnotatedWith(Service.class) && module(type).isPresent()
						&& type.getPackageName().equals(BASE + "." + module(type).get()));
	}

	/**
	 * The method, or a method of its own class it calls (transitively), uses a DATABASE
	 * type.
	 */
	private static DescribedPredicate<JavaMethod> reachTheDatabase() {
		return DescribedPredicate.describe("reach the database (" + DATABASE.getDescription() + ")",
				ArchitectureTests::reachesTheDatabase);
	}

	static boolean reachesTheDatabase(JavaCodeUnit start) {
		Deque<JavaCodeUnit> todo = new ArrayDeque<>(List.of(start));
		Set<JavaCodeUnit> seen = new HashSet<>();
		while (!todo.isEmpty()) {
			JavaCodeUnit unit = todo.pop();
			if (!seen.add(unit)) {
				continue;
			}
			for (JavaAccess<?> access : unit.getAccessesFromSelf()) {
				AccessTarget target = access.getTarget();
				JavaClass owner = target.getOwner();
				if (DATABASE.test(owner) && !owner.equals(start.getOwner())) {
					return true;
				}
				if (owner.equals(start.getOwner()) && target instanceof AccessTarget.CodeUnitAccessTarget code) {
					code.resolveMember().ifPresent(todo::push);
				}
			}
		}
		return false;
	}

	private static ArchCondition<JavaMethod> driveATransactionTemplate() {
		return new ArchCondition<>("run its database work in a TransactionTemplate") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean drives = method.getMethodCallsFromSelf()
					.stream()
					.anyMatch((call) -> TRANSACTION_TEMPLATE.test(call.getTargetOwner())
							&& call.getName().startsWith("execute"));
				events.add(new SimpleConditionEvent(method, drives,
						method.getDescription() + (drives ? " drives" : " does not drive") + " a TransactionTemplate"));
			}
		};
	}

	private static ArchCondition<JavaCodeUnit> notTakeValueParameters() {
		return new ArchCondition<>("not take a parameter annotated @Value") {
			@Override
			public void check(JavaCodeUnit unit, ConditionEvents events) {
				unit.getParameters()
					.stream()
					.filter((parameter) -> parameter.isAnnotatedWith(Value.class))
					.forEach((parameter) -> events.add(SimpleConditionEvent.violated(unit,
							parameter.getDescription() + " is a @Value placeholder in " + unit.getDescription())));
			}
		};
	}

	private static ArchCondition<JavaClass> beRecords() {
		return new ArchCondition<>("be records") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				boolean record = type.getRawSuperclass().map((s) -> s.isEquivalentTo(Record.class)).orElse(false);
				if (!record) {
					events.add(SimpleConditionEvent.violated(type, type.getName() + " is not a record"));
				}
			}
		};
	}

	private static ArchCondition<JavaClass> useNoOtherModulesInternals() {
		return new ArchCondition<>("use no class of another module's internal packages") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				Optional<String> own = module(origin);
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					Optional<String> theirs = module(target);
					if (theirs.isEmpty() || theirs.equals(own)) {
						continue;
					}
					String root = BASE + "." + theirs.get();
					if (!target.getPackageName().equals(root) && !isNamedInterface(target)) {
						events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
					}
				}
			}
		};
	}

	/** The module a class belongs to: the first package under org.between. */
	static Optional<String> module(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(BASE + ".")) {
			return Optional.empty();
		}
		String rest = name.substring(BASE.length() + 1);
		int dot = rest.indexOf('.');
		return Optional.of((dot < 0) ? rest : rest.substring(0, dot));
	}

	/** In a package opened with @NamedInterface, or annotated so itself. */
	private static boolean isNamedInterface(JavaClass type) {
		return type.isAnnotatedWith(NamedInterface.class) || type.getPackage().isAnnotatedWith(NamedInterface.class);
	}

}
