package org.between;

/** {@link PlainTextAtRestTests} on H2. */
class PlainTextAtRestOnH2Tests extends PlainTextAtRestTests {

}
