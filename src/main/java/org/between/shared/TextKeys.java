package org.between.shared;

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
 * Where the one keyset for all written text comes from: the environment
 * ({@code BETWEEN_ENCRYPTION_KEYSET}) or a key file outside the database, generated on
 * the first start of the embedded setup. The keyset never goes into the database.
 */
@Configuration(proxyBeanMethods = false)
class TextKeys {

	private static final Logger log = LoggerFactory.getLogger(TextKeys.class);

	@Bean
	TextCipher textCipher(EncryptionSettings settings, DataSourceProperties dataSource) {
		// The configured URL, not Boot's guess for an embedded database: a keyset is
		// generated only for an H2 database that was asked for.
		String databaseUrl = (dataSource.getUrl() != null) ? dataSource.getUrl() : "";
		return new TextCipher(load(settings, databaseUrl));
	}

	static KeysetHandle load(EncryptionSettings settings, String databaseUrl) {
		if (settings.keyset() != null && !settings.keyset().isBlank()) {
			log.info("Keyset read from the environment (between.encryption.keyset)");
			return parse(settings.keyset(), "between.encryption.keyset / BETWEEN_ENCRYPTION_KEYSET");
		}
		Path file = Path.of(settings.keysetFile()).toAbsolutePath().normalize();
		if (Files.isRegularFile(file)) {
			return read(file);
		}
		boolean generate = (settings.generateKeyset() != null) ? settings.generateKeyset()
				: databaseUrl.startsWith("jdbc:h2:");
		if (!generate) {
			throw new IllegalStateException("No keyset: set BETWEEN_ENCRYPTION_KEYSET or put the key file at " + file
					+ " (between.encryption.keyset-file). See docs/encryption.md.");
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
			throw new IllegalStateException("A keyset could not be generated", ex);
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
			throw new IllegalStateException("The keyset could not be rotated", ex);
		}
	}

	static String toJson(KeysetHandle keyset) {
		try {
			return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The keyset could not be written", ex);
		}
	}

	private static KeysetHandle read(Path file) {
		try {
			log.info("Keyset read from {}", file);
			return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("The key file " + file + " could not be read", ex);
		}
	}

	static KeysetHandle parse(String json, String source) {
		try {
			AeadConfig.register();
			return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			// Never echo the keyset itself.
			throw new IllegalStateException("The keyset from " + source + " is not a valid Tink JSON keyset");
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
			Path temp = Files.createTempFile(file.getParent(), ".keyset", ".tmp");
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
			throw new IllegalStateException("The key file " + file + " could not be written", ex);
		}
		log.warn("""
				A new keyset was generated at {}. BACK IT UP NOW and keep it apart from the database: \
				everything people write (journal entries and other texts) is encrypted with it, and without it \
				none of it can ever be read again. See docs/encryption.md.""", file);
		return keyset;
	}

}
