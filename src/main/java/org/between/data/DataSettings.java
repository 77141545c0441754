package org.between.data;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The data module's settings ({@code between.data.*}).
 *
 * @param deletionGraceDays days between a deletion request and the erasure, during which
 * the person can restore the account (7)
 * @param eraseCron when the erasure job looks for accounts whose grace period is over
 * (hourly, at minute 20)
 */
@ConfigurationProperties("between.data")
public record DataSettings(@DefaultValue("7") int deletionGraceDays, @DefaultValue("0 20 * * * *") String eraseCron) {

	public DataSettings {
		if (deletionGraceDays < 1) {
			throw new IllegalArgumentException("between.data.deletion-grace-days must be at least 1");
		}
	}

}
