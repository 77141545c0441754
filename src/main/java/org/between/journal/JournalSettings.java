package org.between.journal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code between.journal.*} (docs/journal.md).
 *
 * @param keyset the Tink keyset as JSON; set it through the environment variable
 * {@code BETWEEN_JOURNAL_KEYSET}. When given, the key file is not used.
 * @param keysetFile where the keyset is read from when {@code keyset} is empty
 * @param generateKeyset whether a missing key file is generated: {@code null} (the
 * default) generates it only for the embedded H2 database, never for PostgreSQL, where
 * several instances must share one keyset
 * @param reencryptOnStart re-encrypts, at start, every entry that is not under the
 * primary key (after a rotation)
 */
@ConfigurationProperties("between.journal")
record JournalSettings(@DefaultValue("") String keyset, @DefaultValue("./data/journal-keyset.json") String keysetFile,
		Boolean generateKeyset, @DefaultValue("false") boolean reencryptOnStart) {
}
