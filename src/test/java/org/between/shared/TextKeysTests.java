package org.between.shared;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.crypto.tink.KeysetHandle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextKeysTests {

	@TempDir
	Path dir;

	@Test
	void theKeysetFromTheEnvironmentWinsOverTheFile() {
		KeysetHandle given = TextKeys.newKeyset();
		Path file = this.dir.resolve("keyset.json");
		KeysetHandle loaded = TextKeys.load(settings(TextKeys.toJson(given), file, null), "jdbc:h2:mem:x");
		assertThat(TextCiphers.primaryId(loaded)).isEqualTo(TextCiphers.primaryId(given));
		assertThat(file).doesNotExist();
	}

	@Test
	void onH2AMissingKeyFileIsGeneratedOnceAndThenRead() {
		Path file = this.dir.resolve("data/keyset.json");
		KeysetHandle first = TextKeys.load(settings("", file, null), "jdbc:h2:file:./data/between");
		KeysetHandle again = TextKeys.load(settings("", file, null), "jdbc:h2:file:./data/between");
		assertThat(file).isRegularFile();
		assertThat(TextCiphers.primaryId(again)).isEqualTo(TextCiphers.primaryId(first));
	}

	@Test
	void onPostgresqlNothingIsGeneratedUnlessAskedFor() {
		Path file = this.dir.resolve("keyset.json");
		assertThatThrownBy(() -> TextKeys.load(settings("", file, null), "jdbc:postgresql://db/between"))
			.hasMessageContaining("BETWEEN_ENCRYPTION_KEYSET");
		assertThat(file).doesNotExist();
		TextKeys.load(settings("", file, true), "jdbc:postgresql://db/between");
		assertThat(file).isRegularFile();
	}

	@Test
	void aBrokenKeysetIsRefusedWithoutEchoingIt() throws Exception {
		Path file = this.dir.resolve("keyset.json");
		Files.writeString(file, "{\"secret-looking\": 1}");
		assertThatThrownBy(() -> TextKeys.load(settings("", file, null), "jdbc:h2:mem:x"))
			.hasMessageNotContaining("secret-looking");
		assertThatThrownBy(() -> TextKeys.load(settings("not json at all", file, null), "jdbc:h2:mem:x"))
			.hasMessageNotContaining("not json");
	}

	private static EncryptionSettings settings(String keyset, Path file, Boolean generate) {
		return new EncryptionSettings(keyset, file.toString(), generate, false);
	}

}
