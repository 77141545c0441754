package org.between.shared;

class MigrationsOnH2Tests extends MigrationsTests {

	@Override
	String expectedDatabase() {
		return "H2";
	}

}
