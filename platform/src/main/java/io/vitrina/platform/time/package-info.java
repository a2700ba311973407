/** The clock services read the time from, a bean so that tests can fix it. */
package io.vitrina.platform.time;
