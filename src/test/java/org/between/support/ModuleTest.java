package org.between.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A module test: the whole application on a mock servlet environment (the security
 * configuration needs one) with a {@link MutableClock}. Every test class with this
 * annotation shares one Spring context per database, so the database is shared too: tests
 * make their own users and look only at their own rows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.MOCK)
@Import(TestClockConfiguration.class)
public @interface ModuleTest {

}
