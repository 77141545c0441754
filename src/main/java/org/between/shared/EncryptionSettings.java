package org.between.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code between.encryption.*} (docs/encryption.md); the old names
 * {@code between.journal.keyset…} and {@code between.journal.reencrypt-on-start} still
 * work ({@link DeprecatedSettings}).
 *
 * @param keyset the Tink keyset as JSON; set it through the environment variable
 * {@code BETWEEN_ENCRYPTION_KEYSET} (or the old {@code BETWEEN_JOURNAL_KEYSET}). When
 * given, the key file is not used.
 * @param keysetFile where the keyset is read from when {@code keyset} is empty; the
 * default keeps the journal's old file name, so that an existing installation finds its
 * key
 * @param generateKeyset whether a missing key file is generated: {@code null} (the
 * default) generates it only for the embedded H2 database, never for PostgreSQL, where
 * several instances must share one keyset
 * @param reencryptOnStart re-encrypts, at start, every row that is not under the primary
 * key (after a rotation)
 */
@ConfigurationProperties("between.encryption")
record EncryptionSettings(@DefaultValue("") String keyset,
		@DefaultValue("./data/journal-keyset.json") String keysetFile, Boolean generateKeyset,
		@DefaultValue("false") boolean reencryptOnStart) {
}
