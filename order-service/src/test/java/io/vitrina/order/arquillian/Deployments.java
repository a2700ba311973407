package io.vitrina.order.arquillian;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as built, under another name so it deploys beside the running order-service, with
 * the test classes added: tests exercise the real beans, persistence unit and database.
 */
final class Deployments {

  private Deployments() {}

  static WebArchive orderService(Class<?>... testClasses) {
    WebArchive built =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/order-service.war"));
    return ShrinkWrap.create(WebArchive.class, "order-service-arquillian.war")
        .merge(built)
        .addClasses(testClasses)
        .addClasses(Deployments.class);
  }
}
