package io.vitrina.support.ticket.api;

import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.ProblemException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The version a client read, from If-Match or the body: both given must agree, one is required. */
final class ExpectedVersion {

  private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

  private ExpectedVersion() {}

  static long of(String ifMatch, Long bodyVersion) {
    Long headerVersion = null;
    if (ifMatch != null) {
      Matcher matcher = VERSION_TAG.matcher(ifMatch.strip());
      if (!matcher.matches()) {
        throw new InvalidInputException(
            "If-Match", "must be the version read, in double quotes, such as \"3\"");
      }
      headerVersion = Long.valueOf(matcher.group(1));
    }
    if (headerVersion != null && bodyVersion != null && !headerVersion.equals(bodyVersion)) {
      throw new InvalidInputException("version", "must equal the version in If-Match");
    }
    Long version = headerVersion != null ? headerVersion : bodyVersion;
    if (version == null) {
      throw new ProblemException(
          428,
          "Precondition Required",
          "Send the version you read, as \"version\" in the body or as If-Match.");
    }
    return version;
  }
}
