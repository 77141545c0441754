/**
 * The practice policy: versions announced with notice, acknowledgements, client fees, the
 * policy home card and mail. Sessions and the brief use {@link Policies#inForce}, the
 * terms, the make-up rule and the policy events. Tables keep their {@code frame_} names.
 */
@ApplicationModule(allowedDependencies = { "accounts", "notify", "shared", "shared :: web" })
package org.between.policy;

import org.springframework.modulith.ApplicationModule;
