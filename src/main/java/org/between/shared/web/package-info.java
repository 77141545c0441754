/**
 * Web plumbing every module uses: problem details, error pages, request limits, cache
 * rules.
 */
@NamedInterface("web")
package org.between.shared.web;

import org.springframework.modulith.NamedInterface;
