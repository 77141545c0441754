package org.between.shared;

import java.util.UUID;

import com.google.crypto.tink.KeysetHandle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextCipherTests {

	/**
	 * A keyset and two ciphertexts made by the journal's own cipher before it moved here
	 * ({@code journal.JournalCipher}, associated data {@code journal_entry/<id>/title}).
	 */
	static final String OLD_KEYSET = """
			{"primaryKeyId":434935105,"key":[{"keyData":{"typeUrl":"type.googleapis.com/google.crypto.tink.AesGcmKey",\
			"value":"GiCioGjtGPcIL57fHaFzE2qQeMCmkIs+WlBYCoAE2fq9iA==","keyMaterialType":"SYMMETRIC"},"status":"ENABLED",\
			"keyId":434935105,"outputPrefixType":"TINK"}]}""";

	static final UUID OLD_ENTRY = UUID.fromString("0b6f3c1e-9d2a-4c55-8a1f-3e7d2b9c4a10");

	static final String OLD_TITLE = "ARnslUHVWOaLKhfVH9FxZQ+WAQWr/ziFti/BryGrF/0y3GNVu9Hi5dKWeeXG6uUuoH1x3mR5Ew==";

	static final String OLD_BODY = "ARnslUFeYpbK5VXtmRgV3nfD9MW/uvwwFe0nJxvuAMpVBqAEHlT6q0fwHzXvFcav0eUXFwFCdBpBmiHxAknE0l8=";

	private final TextCipher cipher = TextCiphers.fresh();

	private final UUID row = UUID.randomUUID();

	@Test
	void journalTextWrittenByTheOldCipherStillDecrypts() {
		TextCipher cipher = TextCiphers.of(TextKeys.parse(OLD_KEYSET, "test"));
		assertThat(cipher.primaryKeyId()).isEqualTo(434935105L);
		assertThat(cipher.decrypt("journal_entry", OLD_ENTRY, "title", OLD_TITLE)).isEqualTo("Ein Titel – שלום");
		assertThat(cipher.decrypt("journal_entry", OLD_ENTRY, "body", OLD_BODY))
			.isEqualTo("Today I walked to the river 🌊");
		assertThatThrownBy(() -> cipher.decrypt("journal_entry", OLD_ENTRY, "body", OLD_TITLE))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void textComesBackExactlyAsWritten() {
		String text = "Heute 😢👩🏽‍🦱 שלום عليكم e\u0301 漢字 \r\n\t<script>'; --";
		String cipher = this.cipher.encrypt("absences_note", this.row, "message", text);
		assertThat(cipher).doesNotContain("Heute").isBase64();
		assertThat(this.cipher.decrypt("absences_note", this.row, "message", cipher)).isEqualTo(text);
		assertThat(this.cipher.decrypt("absences_note", this.row, "message",
				this.cipher.encrypt("absences_note", this.row, "message", "")))
			.isEmpty();
	}

	@Test
	void theSameTextEncryptsDifferentlyEachTime() {
		assertThat(this.cipher.encrypt("t", this.row, "f", "same"))
			.isNotEqualTo(this.cipher.encrypt("t", this.row, "f", "same"));
	}

	@Test
	void aCiphertextDecryptsOnlyForItsOwnTableRowAndField() {
		String cipher = this.cipher.encrypt("contacts_agreement", this.row, "text", "only here");
		assertThatThrownBy(() -> this.cipher.decrypt("contacts_agreement", UUID.randomUUID(), "text", cipher))
			.as("another row")
			.isInstanceOf(IllegalStateException.class)
			.hasMessageNotContaining("only here");
		assertThatThrownBy(() -> this.cipher.decrypt("contacts_agreement", this.row, "note", cipher))
			.as("another field")
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> this.cipher.decrypt("messages_message", this.row, "text", cipher)).as("another table")
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> TextCiphers.fresh().decrypt("contacts_agreement", this.row, "text", cipher))
			.as("another keyset")
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> this.cipher.decrypt("contacts_agreement", this.row, "text", "not base64 !"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void namesThatCouldBlurTheAssociatedDataAreRefused() {
		assertThatThrownBy(() -> this.cipher.encrypt("journal_entry/x", this.row, "body", "text"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.cipher.encrypt("journal_entry", this.row, "", "text"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.cipher.encrypt("journal_entry", null, "body", "text"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void nullStaysNull() {
		assertThat(this.cipher.encrypt("t", this.row, "f", null)).isNull();
		assertThat(this.cipher.decrypt("t", this.row, "f", null)).isNull();
	}

	@Test
	void aRotatedKeysetReadsOldTextAndWritesUnderTheNewKey() {
		KeysetHandle one = TextCiphers.keyset(this.cipher);
		KeysetHandle oneAndTwo = TextCiphers.rotate(one);
		TextCipher rotated = TextCiphers.of(oneAndTwo);
		String old = this.cipher.encrypt("t", this.row, "f", "under key 1");

		assertThat(rotated.primaryKeyId()).isNotEqualTo(this.cipher.primaryKeyId());
		assertThat(rotated.decrypt("t", this.row, "f", old)).isEqualTo("under key 1");
		String fresh = rotated.encrypt("t", this.row, "f", "under key 2");
		assertThatThrownBy(() -> this.cipher.decrypt("t", this.row, "f", fresh))
			.as("the old keyset does not know key 2")
			.isInstanceOf(IllegalStateException.class);
		TextCipher onlyTwo = TextCiphers.of(TextCiphers.without(oneAndTwo, this.cipher.primaryKeyId()));
		assertThat(onlyTwo.decrypt("t", this.row, "f", fresh)).isEqualTo("under key 2");
		assertThatThrownBy(() -> onlyTwo.decrypt("t", this.row, "f", old)).isInstanceOf(IllegalStateException.class);
	}

}
