package io.vitrina.support.arquillian;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as built, under another name so it deploys beside the running support-service,
 * with the test classes added: tests exercise the real beans, persistence unit and resources. Two
 * copies of one application share the server's metric registry, which is why the application
 * registers its metrics on use rather than through annotations.
 */
final class Deployments {

  private Deployments() {}

  static WebArchive supportService(Class<?>... testClasses) {
    WebArchive built =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/support-service.war"));
    return ShrinkWrap.create(WebArchive.class, "support-service-arquillian.war")
        .merge(built)
        .addClasses(testClasses)
        .addClasses(Deployments.class, Fixtures.class)
        .addAsLibraries(openTelemetryApi());
  }

  /**
   * The OpenTelemetry API jars, from the test class path. The platform's event publisher uses them;
   * the running support-service sees Liberty's copy (third-party API visibility in its server.xml),
   * but an application in dropins cannot be given that visibility, so this copy carries its own: it
   * then traces nothing, which no test here looks at.
   */
  private static File[] openTelemetryApi() {
    return new File[] {
      jarOf("io.opentelemetry.api.trace.Span"), jarOf("io.opentelemetry.context.Context")
    };
  }

  private static File jarOf(String className) {
    try {
      return new File(
          Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (ClassNotFoundException | java.net.URISyntaxException e) {
      throw new IllegalStateException("No " + className + " on the test class path", e);
    }
  }
}
