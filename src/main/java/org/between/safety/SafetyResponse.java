package org.between.safety;

import java.util.List;

/**
 * What every answer that can raise a risk carries (API.md): whether the safety screen is
 * the next screen, why, and the crisis lines for the person's country.
 */
public record SafetyResponse(boolean triggered, List<String> reasons, List<CrisisLine> crisisLines) {
}
