package org.between.brief;

import org.between.support.OnPostgres;
import org.junit.jupiter.api.Tag;

/** {@link BriefBenchmark} on embedded PostgreSQL. */
@Tag("bench")
@OnPostgres
class BriefBenchmarkOnPostgres extends BriefBenchmark {

}
