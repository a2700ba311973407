package io.vitrina.catalog.arquillian;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as built, under another name so it deploys beside the running catalog-service,
 * with the test classes added: tests exercise the real beans, persistence unit and resources. Two
 * copies of one application share the server's metric registry, which is why the application
 * registers its metrics on use rather than through annotations.
 */
final class Deployments {

  private Deployments() {}

  static WebArchive catalogService(Class<?>... testClasses) {
    WebArchive built =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/catalog-service.war"));
    return ShrinkWrap.create(WebArchive.class, "catalog-service-arquillian.war")
        .merge(built)
        .addClasses(testClasses)
        .addClasses(Deployments.class, Fixtures.class);
  }
}
