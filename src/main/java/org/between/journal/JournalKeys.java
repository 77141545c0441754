package org.between.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the journal's keyset comes from: the environment ({@code BETWEEN_JOURNAL_KEYSET})
 * or a key file outside the database, generated on the first start of the embedded setup.
 * The keyset never goes into the database.
 */
@Configuration(proxyBeanMethods = false)
class JournalKeys {

	private static final Logger log = LoggerFactory.getLogger(JournalKeys.class);

	@Bean
	JournalCipher journalCipher(JournalSettings settings, DataSourceProperties dataSource) {
		// The configured URL, not Boot's guess for an embedded database: a keyset is
		// generated only for an H2 database that was asked for.
		String databaseUrl = (dataSource.getUrl() != null) ? dataSource.getUrl() : "";
		return new JournalCipher(load(settings, databaseUrl));
	}

	static KeysetHandle load(JournalSettings settings, String databaseUrl) {
		if (settings.keyset() != null && !settings.keyset().isBlank()) {
			log.info("Journal keyset read from the environment (between.journal.keyset)");
			return parse(settings.keyset(), "between.journal.keyset / BETWEEN_JOURNAL_KEYSET");
		}
		Path file = Path.of(settings.keysetFile()).toAbsolutePath().normalize();
		if (Files.isRegularFile(file)) {
			return read(file);
		}
		boolean generate = (settings.generateKeyset() != null) ? settings.generateKeyset()
				: databaseUrl.startsWith("jdbc:h2:");
		if (!generate) {
			throw new IllegalStateException("No journal keyset: set BETWEEN_JOURNAL_KEYSET or put the key file at "
					+ file + " (between.journal.keyset-file). See docs/journal.md.");
		}
		return generate(file);
	}

	/** A new keyset with one AES256_GCM key as its primary. */
	static KeysetHandle newKeyset() {
		try {
			AeadConfig.register();
			return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A journal keyset could not be generated", ex);
		}
	}

	/** The same keyset with a new AES256_GCM key added as its primary. */
	static KeysetHandle rotate(KeysetHandle keyset) {
		try {
			return KeysetHandle.newBuilder(keyset)
				.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
					.withRandomId()
					.makePrimary())
				.build();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The journal keyset could not be rotated", ex);
		}
	}

	static String toJson(KeysetHandle keyset) {
		try {
			return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The journal keyset could not be written", ex);
		}
	}

	private static KeysetHandle read(Path file) {
		try {
			log.info("Journal keyset read from {}", file);
			return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("The journal key file " + file + " could not be read", ex);
		}
	}

	private static KeysetHandle parse(String json, String source) {
		try {
			AeadConfig.register();
			return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			// Never echo the keyset itself.
			throw new IllegalStateException("The journal keyset from " + source + " is not a valid Tink JSON keyset");
		}
	}

	/**
	 * Writes a new keyset to the file (readable by the owner only where the file system
	 * allows); when another start wrote one first, that one is used.
	 */
	private static KeysetHandle generate(Path file) {
		KeysetHandle keyset = newKeyset();
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), ".journal-keyset", ".tmp");
			try {
				Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's permissions apply
			}
			Files.writeString(temp, toJson(keyset), StandardCharsets.UTF_8);
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, file);
			}
		}
		catch (FileAlreadyExistsException ex) {
			return read(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The journal key file " + file + " could not be written", ex);
		}
		log.warn("""
				A new journal keyset was generated at {}. BACK IT UP NOW and keep it apart from the database: \
				every journal entry is encrypted with it, and without it no entry can ever be read again. \
				See docs/journal.md.""", file);
		return keyset;
	}

}
