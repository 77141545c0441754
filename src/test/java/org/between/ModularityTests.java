package org.between;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of docs/architecture.md hold: no module reaches into another's
 * internals or uses a module its {@code package-info.java} does not allow. The module
 * diagram committed under {@code docs/} is the one the code gives.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(BetweenApplication.class);

	static final Path COMMITTED_DIAGRAM = Path.of("docs", "modules.puml");

	/** Where the Documenter writes in a Maven build. */
	static final Path GENERATED_DIAGRAM = Path.of("target", "spring-modulith-docs", "components.puml");

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theCommittedModuleDiagramIsTheOneTheCodeGives() throws IOException {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		Path generated = GENERATED_DIAGRAM;

		// The Documenter lists modules in no fixed order: compare the lines as sets.
		assertThat(Files.readAllLines(COMMITTED_DIAGRAM))
			.as("docs/modules.puml is out of date: copy %s over it", generated)
			.containsExactlyInAnyOrderElementsOf(Files.readAllLines(generated));
	}

}
