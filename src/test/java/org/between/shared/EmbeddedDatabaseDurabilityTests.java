package org.between.shared;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README: on the embedded database, a write the application acknowledged survives a crash
 * of the process. H2 by default keeps commits in memory for up to half a second; the
 * application's URL sets {@code WRITE_DELAY=0}. This test opens the very URL of
 * {@code application.yaml} (moved to a temporary folder) in a child JVM that commits rows
 * one by one, kills it with SIGKILL in the middle of writing, and finds every row the
 * child had acknowledged. It fails with H2's default write delay: hundreds of
 * acknowledged rows are gone (see README, "Durability").
 */
class EmbeddedDatabaseDurabilityTests {

	private static final int ACKNOWLEDGED_BEFORE_KILL = 1_000;

	@TempDir
	Path folder;

	@Test
	void everyAcknowledgedCommitSurvivesAKillOfTheProcess() throws Exception {
		String url = embeddedUrl().replace("./data/between", this.folder.resolve("between").toString());
		assertThat(url).contains("WRITE_DELAY=0");
		try (Connection connection = DriverManager.getConnection(url, "between", "")) {
			connection.createStatement().execute("create table acknowledged (id int primary key, body varchar(200))");
		}
		Process writer = new ProcessBuilder(java(), "-cp", classPath(), AcknowledgedWriter.class.getName(), url)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		TreeSet<Integer> acknowledged = new TreeSet<>();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String line = out.readLine();
			assertThat(line).as("the writer started").isEqualTo("ready");
			while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && (line = out.readLine()) != null) {
				acknowledged.add(Integer.parseInt(line));
			}
			writer.destroyForcibly();
			assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(writer.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
		assertThat(acknowledged).hasSize(ACKNOWLEDGED_BEFORE_KILL);

		TreeSet<Integer> stored = new TreeSet<>();
		try (Connection connection = DriverManager.getConnection(url, "between", "");
				ResultSet rows = connection.createStatement().executeQuery("select id from acknowledged")) {
			while (rows.next()) {
				stored.add(rows.getInt(1));
			}
		}
		assertThat(acknowledged.stream().filter((id) -> !stored.contains(id)).toList())
			.as("acknowledged rows lost in the crash")
			.isEmpty();
	}

	private static String embeddedUrl() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yaml"));
		Properties properties = yaml.getObject();
		return properties.getProperty("spring.datasource.url");
	}

	private static String java() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The test classes (the writer) and H2's jar, nothing else. */
	private static String classPath() throws Exception {
		List<Path> parts = List.of(location(AcknowledgedWriter.class), location(org.h2.Driver.class));
		parts.forEach((p) -> assertThat(Files.exists(p)).as(p.toString()).isTrue());
		return String.join(java.io.File.pathSeparator, parts.stream().map(Path::toString).toList());
	}

	private static Path location(Class<?> type) throws Exception {
		return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

}
