package org.between.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What the frame holds about one client, for their therapist: the versions they
 * acknowledged and when (oldest first), every fee set for them (in the order set), the
 * fee they pay now ({@code null} before the first version) and its currency.
 */
public record ClientFrame(UUID clientId, String displayName, List<Acknowledgement> acknowledgements,
		List<ClientFee> fees, ClientFee feeInForce, BigDecimal feePerSessionNow, String currency,
		Integer currentVersion) {

}
